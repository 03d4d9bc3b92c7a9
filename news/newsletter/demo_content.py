"""Demo content of the newsletter: one past edition, the 2021 review, with the news items it carried."""

from news.demo_content import NEWS_ITEMS

EDITION_2021_REVIEW = {
    "sent": (2022, 1, 3),
    "items": [entry["slug"] for entry in NEWS_ITEMS if entry["slug"].startswith("review-2021-")],
    "subject": {
        "ar": "حصيلة 2021 للتعاون الدولي للمجلس",
        "fr": "Bilan 2021 de la coopération internationale du Conseil",
        "en": "The Council's international cooperation: 2021 in review",
    },
    "introduction": {
        "ar": "تجدون في هذا العدد حصيلة سنة 2021: عمل المجلس مع منظومة الأمم المتحدة، ومع الشبكات الإفريقية "
        "والدولية للمؤسسات الوطنية لحقوق الإنسان، ومع شركائه عبر العالم.",
        "fr": "Ce numéro revient sur l'année 2021 : le travail du Conseil avec le système des Nations Unies, avec les "
        "réseaux africains et internationaux d'institutions nationales des droits de l'homme, et avec ses partenaires "
        "dans le monde.",
        "en": "This issue looks back on 2021: the Council's work with the United Nations system, with the African and "
        "international networks of national human rights institutions, and with its partners around the world.",
    },
}
