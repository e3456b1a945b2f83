"""cleaner/model.py's plain data types."""

import pickle

import pytest

from cleaner.model import DeferredText, Removal


class Later(DeferredText):
    __slots__ = ()

    def __str__(self) -> str:
        return "written when read"


def test_a_removal_reason_is_a_str_or_deferred_text_written_on_first_read():
    removal = Removal(1, 1, "x", Later(), "t")
    assert isinstance(removal.__dict__["_reason"], Later)
    assert removal.reason == "written when read"
    assert removal.__dict__["_reason"] == "written when read"
    assert Removal(1, 1, "x", "a byline", "t").reason == "a byline"
    assert pickle.loads(pickle.dumps(Removal(1, 1, "x", "a byline", "t"))).reason == "a byline"


@pytest.mark.parametrize("wrong", [None, 0.93, b"a byline", ["a byline"]])
def test_a_removal_reason_that_is_no_str_is_refused(wrong):
    with pytest.raises(TypeError, match=f"Removal.reason takes a str .*not {type(wrong).__name__}"):
        Removal(1, 1, "x", wrong, "t")
