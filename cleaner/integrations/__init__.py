"""Adapters that run cleaner inside other engines; each imports its engine only when used.

    from cleaner.integrations.datatrove import CleanerStep   # needs cleaner[datatrove]
"""
