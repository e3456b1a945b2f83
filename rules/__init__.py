"""The shipped rule files (TOML data), installed as the package data `cleaner.rules_data`.

Nothing here is code: this file only makes the folder a package, so that
importlib.resources finds the rules in a wheel and in an editable checkout alike.
"""
