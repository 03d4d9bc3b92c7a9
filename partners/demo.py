"""Demo content of the partners app: the partners directory and the treaties."""

from partners.treaty_demo import load_treaties


def load(*, log) -> dict[str, int]:
    return {**load_treaties(log=log)}
