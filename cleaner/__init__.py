"""cleaner: keep the lead article of a scraped news page, drop the boilerplate around it.

    from cleaner import clean
    result = clean(text, url="https://example.com/a/1")
    result.text, result.removals, result.metadata, result.flags
"""

from cleaner.engine import clean
from cleaner.model import KeptLine, Removal, Result
from cleaner.rules import RuleError, RuleSet, default_rules, load_rules

__all__ = ["clean", "clean_html", "load_rules", "default_rules", "RuleSet", "RuleError",
           "Result", "Removal", "KeptLine"]


def __getattr__(name):
    # The HTML path pulls in trafilatura, which is slow to import; text-only users skip it.
    if name == "clean_html":
        from cleaner.html import clean_html

        return clean_html
    raise AttributeError(name)
