"""Whether a typed address can be mailed, and the form the SMTP envelope takes it in.

Django's EmailValidator accepts any character above U+00A0 in a domain (so
the right-to-left override U+202E, zero-width spaces, soft hyphens) and
control characters inside a quoted local part. Such an address cannot be
mailed as typed: the IDNA codec that writes the domain in ASCII refuses
some of them (the confirmation mail then dies in the worker) and silently
drops others (the mail would go to another address than the one given).
The subscription form refuses them and every sending path checks again,
for addresses stored before the form did.
"""

import unicodedata


class UnmailableAddress(ValueError):
    """The address holds characters no mail can carry to the mailbox the visitor meant."""


def smtp_address(email: str) -> str:
    """``email`` with its domain in IDNA ASCII form, as SMTP's RCPT TO takes it."""
    local, at, domain = email.rpartition("@")
    if not at or not local or not domain:
        raise UnmailableAddress("no local part or no domain")
    # Categories C (control, format such as U+202E and U+200B, unassigned, private use,
    # surrogates) and Z (spaces, line and paragraph separators) never belong in an address.
    if any(unicodedata.category(character)[0] in "CZ" for character in email):
        raise UnmailableAddress("control, format or space character")
    if not local.isascii():
        raise UnmailableAddress("non-ASCII local part")
    try:
        # Python's codec, the one Django's mail backend uses for the same domain.
        ascii_domain = domain.encode("idna").decode("ascii")
        round_trip = ascii_domain.encode("ascii").decode("idna")
    except UnicodeError as error:
        raise UnmailableAddress("domain has no IDNA form") from error
    # Nameprep maps some characters to others (full-width letters) or to nothing.
    if round_trip.lower() != domain.lower():
        raise UnmailableAddress("domain changes when written for mail")
    return f"{local}@{ascii_domain}"
