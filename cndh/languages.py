"""The site's four languages and what Django needs to know about Tamazight.

Django ships no locale for Standard Moroccan Tamazight (``zgh``), so its
language info is registered here, before anything asks for it. The
``locale/zgh`` catalogue makes ``check_for_language("zgh")`` true.
"""

import django.conf.locale
from django.utils.translation import gettext_noop

EXTRA_LANG_INFO = {
    "zgh": {
        "bidi": False,
        "code": "zgh",
        "name": "Standard Moroccan Tamazight",
        "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    },
}


def register_extra_languages() -> None:
    for code, info in EXTRA_LANG_INFO.items():
        django.conf.locale.LANG_INFO.setdefault(code, info)


# Listed for the catalogues: get_language_info()["name_translated"] asks for it.
LANGUAGE_NAMES = (gettext_noop("Standard Moroccan Tamazight"),)
