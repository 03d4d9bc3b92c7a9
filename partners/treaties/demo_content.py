"""Demo content for the treaties: the eighteen instruments, the treaty bodies, Morocco's reporting.

Sources: the instruments' official names and years of adoption (public
facts); Morocco's dates listed in issue 4; the state of play at the end of
2021 in the Council's annual report (facts-2021.md). A date that could not
be sourced is left out and shown as "not known". Every sentence below was
written for this site.
"""

CATEGORY = "un-human-rights"

# The treaty bodies and mechanisms, by the slugs the partners directory uses.
BODIES = {
    "committee-against-torture": {
        "acronym": {"ar": "CAT", "fr": "CAT", "en": "CAT"},
        "name": {
            "ar": "لجنة مناهضة التعذيب",
            "fr": "Comité contre la torture",
            "en": "Committee against Torture",
        },
    },
    "cerd": {
        "acronym": {"ar": "CERD", "fr": "CERD", "en": "CERD"},
        "name": {
            "ar": "لجنة القضاء على التمييز العنصري",
            "fr": "Comité pour l'élimination de la discrimination raciale",
            "en": "Committee on the Elimination of Racial Discrimination",
        },
    },
    "cmw": {
        "acronym": {"ar": "CMW", "fr": "CMW", "en": "CMW"},
        "name": {
            "ar": "اللجنة المعنية بحماية حقوق جميع العمال المهاجرين وأفراد أسرهم",
            "fr": "Comité pour la protection des droits de tous les "
            "travailleurs migrants et des membres de leur famille",
            "en": "Committee on Migrant Workers",
        },
    },
    "ced": {
        "acronym": {"ar": "CED", "fr": "CED", "en": "CED"},
        "name": {
            "ar": "اللجنة المعنية بحالات الاختفاء القسري",
            "fr": "Comité des disparitions forcées",
            "en": "Committee on Enforced Disappearances",
        },
    },
    "spt": {
        "acronym": {"ar": "SPT", "fr": "SPT", "en": "SPT"},
        "name": {
            "ar": "اللجنة الفرعية لمنع التعذيب",
            "fr": "Sous-comité pour la prévention de la torture",
            "en": "Subcommittee on Prevention of Torture",
        },
    },
    "hrc-committee": {
        "acronym": {"ar": "CCPR", "fr": "CCPR", "en": "CCPR"},
        "name": {
            "ar": "اللجنة المعنية بحقوق الإنسان",
            "fr": "Comité des droits de l'homme",
            "en": "Human Rights Committee",
        },
    },
    "cescr": {
        "acronym": {"ar": "CESCR", "fr": "CESCR", "en": "CESCR"},
        "name": {
            "ar": "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية",
            "fr": "Comité des droits économiques, sociaux et culturels",
            "en": "Committee on Economic, Social and Cultural Rights",
        },
    },
    "cedaw-committee": {
        "acronym": {"ar": "CEDAW", "fr": "CEDAW", "en": "CEDAW"},
        "name": {
            "ar": "اللجنة المعنية بالقضاء على التمييز ضد المرأة",
            "fr": "Comité pour l'élimination de la discrimination à l'égard des femmes",
            "en": "Committee on the Elimination of Discrimination against Women",
        },
    },
    "crc-committee": {
        "acronym": {"ar": "CRC", "fr": "CRC", "en": "CRC"},
        "name": {
            "ar": "لجنة حقوق الطفل",
            "fr": "Comité des droits de l'enfant",
            "en": "Committee on the Rights of the Child",
        },
    },
    "crpd-committee": {
        "acronym": {"ar": "CRPD", "fr": "CRPD", "en": "CRPD"},
        "name": {
            "ar": "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة",
            "fr": "Comité des droits des personnes handicapées",
            "en": "Committee on the Rights of Persons with Disabilities",
        },
    },
    "upr": {
        "acronym": {"ar": "UPR", "fr": "EPU", "en": "UPR"},
        "name": {
            "ar": "الاستعراض الدوري الشامل",
            "fr": "Examen périodique universel",
            "en": "Universal Periodic Review",
        },
    },
    "human-rights-council": {
        "acronym": {"ar": "HRC", "fr": "CDH", "en": "HRC"},
        "name": {
            "ar": "مجلس حقوق الإنسان",
            "fr": "Conseil des droits de l'homme",
            "en": "Human Rights Council",
        },
    },
}

# Morocco's consent: kind and date where sourced. "unspecified" records that
# Morocco is bound (facts-2021.md: all nine core treaties and four protocols)
# when neither the kind nor the date could be sourced.
TREATIES = [
    {
        "acronym": "ICERD",
        "order": 10,
        "year": 1965,
        "body": "cerd",
        "consent": ("unspecified", None),
        "name": {
            "ar": "الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري",
            "fr": "Convention internationale sur l'élimination de toutes les formes de discrimination raciale",
            "en": "International Convention on the Elimination of All Forms of Racial Discrimination",
        },
    },
    {
        "acronym": "ICCPR",
        "order": 20,
        "year": 1966,
        "body": "hrc-committee",
        "consent": ("ratification", "1979-05-03"),
        "name": {
            "ar": "العهد الدولي الخاص بالحقوق المدنية والسياسية",
            "fr": "Pacte international relatif aux droits civils et politiques",
            "en": "International Covenant on Civil and Political Rights",
        },
    },
    {
        "acronym": "OP1-ICCPR",
        "order": 21,
        "year": 1966,
        "parent": "ICCPR",
        "body": "hrc-committee",
        "consent": ("unspecified", "2022-04-22"),
        "name": {
            "ar": "البروتوكول الاختياري الأول الملحق بالعهد الدولي الخاص بالحقوق المدنية والسياسية",
            "fr": "Premier Protocole facultatif se rapportant au Pacte "
            "international relatif aux droits civils et politiques",
            "en": "First Optional Protocol to the International Covenant on Civil and Political Rights",
        },
    },
    {
        "acronym": "OP2-ICCPR",
        "order": 22,
        "year": 1989,
        "parent": "ICCPR",
        "body": "hrc-committee",
        "name": {
            "ar": "البروتوكول الاختياري الثاني الملحق بالعهد الدولي الخاص بالحقوق "
            "المدنية والسياسية بهدف العمل على إلغاء عقوبة الإعدام",
            "fr": "Deuxième Protocole facultatif se rapportant au Pacte "
            "international relatif aux droits civils et politiques, "
            "visant à abolir la peine de mort",
            "en": "Second Optional Protocol to the International Covenant on Civil and Political Rights, "
            "aiming at the abolition of the death penalty",
        },
    },
    {
        "acronym": "ICESCR",
        "order": 30,
        "year": 1966,
        "body": "cescr",
        "consent": ("unspecified", None),
        "name": {
            "ar": "العهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية",
            "fr": "Pacte international relatif aux droits économiques, sociaux et culturels",
            "en": "International Covenant on Economic, Social and Cultural Rights",
        },
    },
    {
        "acronym": "OP-ICESCR",
        "order": 31,
        "year": 2008,
        "parent": "ICESCR",
        "body": "cescr",
        "name": {
            "ar": "البروتوكول الاختياري الملحق بالعهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية",
            "fr": "Protocole facultatif se rapportant au Pacte international relatif aux droits économiques, "
            "sociaux et culturels",
            "en": "Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
        },
    },
    {
        "acronym": "CEDAW",
        "order": 40,
        "year": 1979,
        "body": "cedaw-committee",
        "consent": ("unspecified", None),
        "name": {
            "ar": "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة",
            "fr": "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes",
            "en": "Convention on the Elimination of All Forms of Discrimination against Women",
        },
    },
    {
        "acronym": "OP-CEDAW",
        "order": 41,
        "year": 1999,
        "parent": "CEDAW",
        "body": "cedaw-committee",
        "consent": ("unspecified", "2022-04-22"),
        "name": {
            "ar": "البروتوكول الاختياري لاتفاقية القضاء على جميع أشكال التمييز ضد المرأة",
            "fr": "Protocole facultatif à la Convention sur l'élimination de toutes les formes de discrimination "
            "à l'égard des femmes",
            "en": "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
        },
    },
    {
        "acronym": "CAT",
        "order": 50,
        "year": 1984,
        "body": "committee-against-torture",
        "consent": ("ratification", "1993-06-21"),
        "name": {
            "ar": "اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة",
            "fr": "Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants",
            "en": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        },
    },
    {
        "acronym": "OPCAT",
        "order": 51,
        "year": 2002,
        "parent": "CAT",
        "body": "spt",
        "consent": ("unspecified", "2014-11-24"),
        "name": {
            "ar": "البروتوكول الاختياري لاتفاقية مناهضة التعذيب",
            "fr": "Protocole facultatif se rapportant à la Convention contre la torture",
            "en": "Optional Protocol to the Convention against Torture",
        },
    },
    {
        "acronym": "CRC",
        "order": 60,
        "year": 1989,
        "body": "crc-committee",
        "consent": ("ratification", "1993-06-21"),
        "name": {
            "ar": "اتفاقية حقوق الطفل",
            "fr": "Convention relative aux droits de l'enfant",
            "en": "Convention on the Rights of the Child",
        },
    },
    {
        "acronym": "OPAC",
        "order": 61,
        "year": 2000,
        "parent": "CRC",
        "body": "crc-committee",
        "consent": ("ratification", "2002-05-22"),
        "name": {
            "ar": "البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن اشتراك الأطفال في المنازعات المسلحة",
            "fr": "Protocole facultatif à la Convention relative aux droits de l'enfant, "
            "concernant l'implication d'enfants dans les conflits armés",
            "en": "Optional Protocol to the Convention on the Rights of the Child "
            "on the involvement of children in armed conflict",
        },
    },
    {
        "acronym": "OPSC",
        "order": 62,
        "year": 2000,
        "parent": "CRC",
        "body": "crc-committee",
        # The fourth protocol Morocco was bound by at the end of 2021; its date is not among the sources.
        "consent": ("unspecified", None),
        "name": {
            "ar": "البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن بيع الأطفال واستغلال الأطفال في البغاء "
            "وفي المواد الإباحية",
            "fr": "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant la vente "
            "d'enfants, la prostitution des enfants et la pornographie mettant en scène des enfants",
            "en": "Optional Protocol to the Convention on the Rights of the Child on the sale of children, "
            "child prostitution and child pornography",
        },
    },
    {
        "acronym": "OPIC",
        "order": 63,
        "year": 2011,
        "parent": "CRC",
        "body": "crc-committee",
        "name": {
            "ar": "البروتوكول الاختياري لاتفاقية حقوق الطفل المتعلق بإجراء تقديم البلاغات",
            "fr": "Protocole facultatif à la Convention relative aux droits de l'enfant "
            "établissant une procédure de présentation de communications",
            "en": "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
        },
    },
    {
        "acronym": "ICRMW",
        "order": 70,
        "year": 1990,
        "body": "cmw",
        "consent": ("unspecified", None),
        "name": {
            "ar": "الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم",
            "fr": "Convention internationale sur la protection des droits de tous les travailleurs migrants "
            "et des membres de leur famille",
            "en": "International Convention on the Protection of the Rights of All Migrant Workers "
            "and Members of Their Families",
        },
    },
    {
        "acronym": "ICPPED",
        "order": 80,
        "year": 2006,
        "body": "ced",
        "signature": "2006-02-06",
        "consent": ("ratification", "2013-05-14"),
        "name": {
            "ar": "الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري",
            "fr": "Convention internationale pour la protection de toutes les "
            "personnes contre les disparitions forcées",
            "en": "International Convention for the Protection of All Persons from Enforced Disappearance",
        },
    },
    {
        "acronym": "CRPD",
        "order": 90,
        "year": 2006,
        "body": "crpd-committee",
        "consent": ("ratification", "2009-04-08"),
        "name": {
            "ar": "اتفاقية حقوق الأشخاص ذوي الإعاقة",
            "fr": "Convention relative aux droits des personnes handicapées",
            "en": "Convention on the Rights of Persons with Disabilities",
        },
    },
    {
        "acronym": "OP-CRPD",
        "order": 91,
        "year": 2006,
        "parent": "CRPD",
        "body": "crpd-committee",
        "consent": ("unspecified", "2009-04-08"),
        "name": {
            "ar": "البروتوكول الاختياري لاتفاقية حقوق الأشخاص ذوي الإعاقة",
            "fr": "Protocole facultatif se rapportant à la Convention relative aux droits des personnes handicapées",
            "en": "Optional Protocol to the Convention on the Rights of Persons with Disabilities",
        },
    },
]

# Reporting cycles, keyed by (treaty acronym or mechanism slug, order).
CYCLES = [
    {
        "treaty": "CAT",
        "order": 5,
        "label": {
            "ar": "التقرير الدوري الخامس",
            "fr": "Cinquième rapport périodique",
            "en": "Fifth periodic report",
        },
        "due_date": "2015-11",
        "follow_up": {
            "ar": "<p>كان هذا التقرير مستحقا في نونبر 2015، ولم يكن قد قُدّم بعد عند نهاية سنة 2021.</p>",
            "fr": "<p>Ce rapport était attendu en novembre 2015 ; il n'avait "
            "pas encore été présenté à la fin de 2021.</p>",
            "en": "<p>This report was due in November 2015 and had still not been submitted at the end of 2021.</p>",
        },
    },
    {
        "treaty": "ICERD",
        "order": 19,
        "label": {
            "ar": "التقارير الدورية من التاسع عشر إلى الحادي والعشرين (في وثيقة واحدة)",
            "fr": "Dix-neuvième à vingt et unième rapports périodiques (document unique)",
            "en": "Combined 19th to 21st periodic reports",
        },
        "submitted_date": "2020-12-28",
        "follow_up": {
            "ar": "<p>توصلت اللجنة بالتقارير يوم 28 دجنبر 2020، ولم تكن قد برمجت فحصها عند نهاية سنة 2021.</p>",
            "fr": "<p>Le Comité a reçu les rapports le 28 décembre 2020 ; leur examen n'était pas encore "
            "programmé à la fin de 2021.</p>",
            "en": "<p>The Committee received the reports on 28 December 2020; their review had not yet been "
            "scheduled at the end of 2021.</p>",
        },
    },
    {
        "treaty": "ICRMW",
        "order": 2,
        "label": {
            "ar": "التقرير الدوري الثاني",
            "fr": "Deuxième rapport périodique",
            "en": "Second periodic report",
        },
        "procedure": "simplified",
        "follow_up": {
            "ar": "<p>قبلت الحكومة الإجراء المبسط لتقديم التقارير. وبعث المجلس إلى اللجنة تقريرا موازيا "
            "من أجل إعداد قائمة المسائل، يغطي التطورات الحاصلة منذ سنة 2013.</p>",
            "fr": "<p>Le Gouvernement a accepté la procédure simplifiée de présentation des rapports. Le Conseil "
            "a adressé au Comité un rapport parallèle pour l'établissement de la liste de points, couvrant "
            "l'évolution depuis 2013.</p>",
            "en": "<p>The Government accepted the simplified reporting procedure. The Council sent the Committee "
            "a parallel report for its list of issues, covering developments since 2013.</p>",
        },
    },
    {
        "treaty": "ICPPED",
        "order": 1,
        "label": {"ar": "التقرير الأولي", "fr": "Rapport initial", "en": "Initial report"},
        "report_received": True,
        "follow_up": {
            "ar": "<p>قدم المغرب تقريره الأولي إلى اللجنة المعنية بحالات الاختفاء القسري.</p>",
            "fr": "<p>Le Maroc a présenté son rapport initial au Comité des disparitions forcées.</p>",
            "en": "<p>Morocco submitted its initial report to the Committee on Enforced Disappearances.</p>",
        },
    },
    {
        "treaty": "OPCAT",
        "mechanism": "spt",
        "kind": "visit",
        "order": 1,
        "label": {
            "ar": "زيارة اللجنة الفرعية لمنع التعذيب إلى المغرب",
            "fr": "Visite du Sous-comité pour la prévention de la torture au Maroc",
            "en": "Visit of the Subcommittee on Prevention of Torture to Morocco",
        },
        "review_date": "2017-10",
        "follow_up": {
            "ar": "<p>زارت اللجنة الفرعية المغرب في أكتوبر 2017. وإلى غاية دجنبر "
            "2021، لم يكن تقرير الزيارة قد نُشر بعد.</p>",
            "fr": "<p>Le Sous-comité s'est rendu au Maroc en octobre 2017. En décembre 2021, son rapport de visite "
            "n'était toujours pas publié.</p>",
            "en": "<p>The Subcommittee visited Morocco in October 2017. In December 2021 its visit report was "
            "still unpublished.</p>",
        },
    },
    {
        "mechanism": "upr",
        "kind": "review",
        "order": 4,
        "label": {
            "ar": "الجولة الرابعة للاستعراض الدوري الشامل",
            "fr": "Quatrième cycle de l'Examen périodique universel",
            "en": "Fourth cycle of the Universal Periodic Review",
        },
        "review_date": "2022",
        "follow_up": {
            "ar": "<p>كان من المرتقب أن يُستعرض وضع المغرب في إطار الجولة الرابعة عند نهاية سنة 2022. "
            "ونظم المجلس سنة 2021 دورة تكوينية حول مشاركة الشباب في الاستعراض الدوري الشامل.</p>",
            "fr": "<p>L'examen du Maroc au titre du quatrième cycle était attendu pour la fin de 2022. En 2021, "
            "le Conseil a organisé une formation sur la participation des jeunes à l'EPU.</p>",
            "en": "<p>Morocco's fourth-cycle review was expected at the end of 2022. In 2021 the Council ran a "
            "training on youth participation in the UPR.</p>",
        },
    },
]
