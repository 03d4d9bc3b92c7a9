"""The newsletter's services, by concern: signed links, subscriptions, rendering, delivery.

Callers use this package (``services.subscriber_subscribe(...)``); each module
has one reason to change.
"""

from news.newsletter.services.checks import EditionNotReady, LanguageCheck, edition_check
from news.newsletter.services.delivery import (
    deliveries_claim,
    edition_complete,
    edition_deliver,
    edition_prepare,
    edition_queue,
)
from news.newsletter.services.links import (
    InvalidToken,
    subscriber_confirmation_token,
    subscriber_from_confirmation_token,
    subscriber_from_manage_token,
    subscriber_manage_token,
)
from news.newsletter.services.rendering import (
    RenderedEdition,
    edition_contents,
    edition_items,
    edition_message,
    edition_render,
    edition_send_test,
)
from news.newsletter.services.statistics import edition_statistics
from news.newsletter.services.subscriptions import (
    AddressAlreadyKnown,
    ImportedRow,
    subscribe_attempt_allowed,
    subscriber_add_by_hand,
    subscriber_confirm,
    subscriber_erase,
    subscriber_invite,
    subscriber_send_confirmation,
    subscriber_set_preferences,
    subscriber_subscribe,
    subscriber_unsubscribe,
    subscribers_export_csv,
    subscribers_import_csv,
    subscribers_purge_pending,
    subscription_request,
)

__all__ = [
    "AddressAlreadyKnown",
    "ImportedRow",
    "subscriber_add_by_hand",
    "subscriber_invite",
    "subscribers_import_csv",
    "subscribers_purge_pending",
    "EditionNotReady",
    "InvalidToken",
    "LanguageCheck",
    "RenderedEdition",
    "deliveries_claim",
    "edition_check",
    "edition_complete",
    "edition_contents",
    "edition_deliver",
    "edition_items",
    "edition_message",
    "edition_prepare",
    "edition_queue",
    "edition_render",
    "edition_statistics",
    "edition_send_test",
    "subscribe_attempt_allowed",
    "subscriber_confirm",
    "subscriber_confirmation_token",
    "subscriber_erase",
    "subscriber_from_confirmation_token",
    "subscriber_from_manage_token",
    "subscriber_manage_token",
    "subscriber_send_confirmation",
    "subscriber_set_preferences",
    "subscriber_subscribe",
    "subscriber_unsubscribe",
    "subscribers_export_csv",
    "subscription_request",
]
