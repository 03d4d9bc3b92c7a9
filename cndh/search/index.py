"""Keeping the search index in step with the content: on every save and delete, and in full."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from cndh.models import SearchEntry, SearchWord
from cndh.search import text

#: PostgreSQL's text search configuration for each language's entries.
CONFIGS = {"ar": "arabic", "fr": "french", "en": "english"}
DEFAULT_CONFIG = "simple"  # Tifinagh: no stemmer, no stop words, matched as typed


def config_for(language: str) -> str:
    return CONFIGS.get(language, DEFAULT_CONFIG)


def entries_for(source, obj) -> list[SearchEntry]:
    year, category = source.year(obj), source.category(obj)
    entries = []
    for language, _name in settings.LANGUAGES:
        for document in source.documents(obj, language):
            entries.append(
                SearchEntry(
                    source=source.key,
                    object_id=obj.pk,
                    part=document.part,
                    anchor=document.anchor,
                    language=language,
                    config=config_for(language),
                    title=document.title[:700],
                    text=document.text,
                    title_terms=" ".join(text.terms(document.title, language)),
                    terms=" ".join(text.terms(document.text, language)),
                    year=year,
                    category=category,
                )
            )
    return entries


def _title_words(entries: list[SearchEntry]) -> list[SearchWord]:
    found = {text.fold(word) for entry in entries for word in text.words(entry.title)}
    return [SearchWord(word=word) for word in sorted(found) if 3 <= len(word) <= 60]


def _store(entries: list[SearchEntry]) -> None:
    SearchEntry.objects.bulk_create(entries, batch_size=500)
    SearchWord.objects.bulk_create(_title_words(entries), batch_size=1000, ignore_conflicts=True)


def index_objects(source, objects) -> None:
    """Write the entries of ``objects`` (items of ``source``) afresh."""
    objects = list(objects)
    with transaction.atomic():
        SearchEntry.objects.filter(source=source.key, object_id__in=[obj.pk for obj in objects]).delete()
        _store([entry for obj in objects for entry in entries_for(source, obj)])


def unindex_object(source, obj) -> None:
    SearchEntry.objects.filter(source=source.key, object_id=obj.pk).delete()


def rebuild(*, sources=None, chunk: int = 500) -> int:
    """Index every item of every source (or of ``sources``) again; returns the entries written."""
    from cndh.search.registry import sources as registered

    written = 0
    with transaction.atomic():
        for source in sources or registered().values():
            SearchEntry.objects.filter(source=source.key).delete()
            batch: list[SearchEntry] = []
            for obj in source.get_queryset().order_by("pk").iterator(chunk_size=chunk):
                batch.extend(entries_for(source, obj))
                if len(batch) >= chunk:
                    _store(batch)
                    written, batch = written + len(batch), []
            _store(batch)
            written += len(batch)
    return written


def connect(source) -> None:
    """Index a source's items when they are saved, forget them when deleted, and index them
    again when something they show of another item changes (``depends_on``)."""

    def saved(sender, instance, raw=False, **kwargs):
        if not raw:  # loaddata: rebuild afterwards (manage.py search_index)
            index_objects(source, [instance])

    def deleted(sender, instance, **kwargs):
        unindex_object(source, instance)

    # Strong references: the receivers live as long as the source they belong to.
    post_save.connect(saved, sender=source.model, weak=False, dispatch_uid=f"search-save-{source.key}")
    post_delete.connect(deleted, sender=source.model, weak=False, dispatch_uid=f"search-delete-{source.key}")
    for lookup, model in source.depends_on:

        def parent_saved(sender, instance, raw=False, lookup=lookup, **kwargs):
            if not raw:
                index_objects(source, source.get_queryset().filter(**{lookup: instance}))

        uid = f"search-{source.key}-after-{lookup}"
        post_save.connect(parent_saved, sender=model, weak=False, dispatch_uid=uid)
