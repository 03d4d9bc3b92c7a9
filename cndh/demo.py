"""Demo content of the shared base: the section's fixed pages."""

from django.conf import settings

from cndh.demo_content import PAGES
from cndh.models import Page
from cndh.partialdate import PartialDate
from cndh.richtext import RichTextField, sanitize_html


def translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    """{"ar": "..."} -> {"title_ar": "..."}, for the languages given."""
    return {f"{field}_{code}": text for code, text in texts.items()}


def every_language(texts: dict[str, str]) -> dict[str, str]:
    """Every language a value, so that a text removed from the content is removed on the next run."""
    return {code: texts.get(code, "") for code, _name in settings.LANGUAGES}


def partial_date(text: str | None) -> PartialDate | None:
    """A date of the content ("2021", "2021-10", "2021-10-29") as the field reads it back, so reruns change nothing."""
    return PartialDate.parse(text) if text else None


def upsert(model, lookup: dict, values: dict, *, log) -> tuple[object, bool]:
    """Create or update one row; save only when something differs, so reruns change nothing."""
    # Compare with what will be stored: rich text is sanitised on save.
    values = {
        name: sanitize_html(value) if isinstance(model._meta.get_field(name), RichTextField) else value
        for name, value in values.items()
    }
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model.objects.create(**lookup, **values)
        log(f"created {model._meta.verbose_name}: {obj}")
        return obj, True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save()
        log(f"updated {model._meta.verbose_name}: {obj} ({', '.join(changed)})")
    return obj, False


def set_related(manager, objects, *, log) -> None:
    """Make a many-to-many relation hold exactly ``objects``, touching it only when it differs."""
    wanted = {obj.pk for obj in objects}
    if set(manager.values_list("pk", flat=True)) != wanted:
        manager.set(wanted)
        log(f"linked {manager.instance} to {len(wanted)} {manager.model._meta.model_name}(s)")


def load(*, log) -> dict[str, int]:
    for key, texts in PAGES.items():
        upsert(
            Page,
            {"key": key},
            {
                **translated("title", texts["title"]),
                **translated("intro", texts["intro"]),
                "status": Page.Status.PUBLISHED,
            },
            log=log,
        )
    return {"pages": Page.objects.count()}
