"""Texts of the partners demo content, from the Council's 2021 account of its international cooperation.

Names are given in Arabic, French and English, and in Tamazight (Tifinagh)
where a form is in common use; a native editor should confirm those before
publishing. Dates are given only as precisely as they are known; unknown
dates stay empty.
"""

UN = "un-human-rights"
AGENCIES = "un-agencies"
AU = "african-union"
EUROPE = "european"
NETWORKS = "nhri-networks"
NHRIS = "nhris-abroad"
STATES = "diplomatic"
OTHERS = "ngos"

# Parents come before their children.
PARTNERS = [
    # --- The UN human rights system
    {
        "slug": "united-nations",
        "category": UN,
        "name": {"ar": "منظمة الأمم المتحدة", "fr": "Organisation des Nations Unies", "en": "United Nations"},
        "acronym": {"ar": "الأمم المتحدة", "fr": "ONU", "en": "UN"},
        "website": "https://www.un.org",
        "description": {
            "ar": "<p>يتفاعل المجلس مع منظومة الأمم المتحدة لحقوق الإنسان بمختلف مكوناتها: هيئات المعاهدات، ومجلس حقوق الإنسان وآلياته، والمفوضية السامية لحقوق الإنسان.</p>",
            "fr": "<p>Le Conseil dialogue avec toutes les composantes du système des droits de l'homme des Nations Unies : organes conventionnels, Conseil des droits de l'homme et ses mécanismes, Haut-Commissariat aux droits de l'homme.</p>",
            "en": "<p>The Council works with every part of the United Nations human rights system: the treaty bodies, the Human Rights Council and its mechanisms, and the Office of the High Commissioner for Human Rights.</p>",
        },
    },
    {
        "slug": "human-rights-council",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "مجلس حقوق الإنسان",
            "fr": "Conseil des droits de l'homme",
            "en": "Human Rights Council",
            "zgh": "ⴰⵙⵇⵇⵉⵎ ⵏ ⵢⵉⵣⵔⴼⴰⵏ ⵏ ⵓⴼⴳⴰⵏ",
        },
        "acronym": {"fr": "CDH", "en": "HRC"},
        "description": {
            "ar": "<p>يشارك المجلس في دورات مجلس حقوق الإنسان بجنيف بإلقاء بيانات شفوية وتنظيم أنشطة موازية.</p>",
            "fr": "<p>Le Conseil prend part aux sessions du Conseil des droits de l'homme à Genève par des déclarations orales et des événements parallèles.</p>",
            "en": "<p>The Council takes part in the sessions of the Human Rights Council in Geneva with oral statements and side events.</p>",
        },
    },
    {
        "slug": "upr",
        "category": UN,
        "parent": "human-rights-council",
        "country": "CH",
        "name": {
            "ar": "الاستعراض الدوري الشامل",
            "fr": "Examen périodique universel",
            "en": "Universal Periodic Review",
        },
        "acronym": {"fr": "EPU", "en": "UPR"},
        "description": {
            "ar": "<p>كان من المرتقب أن يخضع المغرب للجولة الرابعة من الاستعراض في نهاية سنة 2022.</p>",
            "fr": "<p>L'examen du Maroc au titre du quatrième cycle était attendu pour la fin de 2022.</p>",
            "en": "<p>Morocco's review under the fourth cycle was expected at the end of 2022.</p>",
        },
    },
    {
        "slug": "special-procedures",
        "category": UN,
        "parent": "human-rights-council",
        "name": {
            "ar": "الإجراءات الخاصة لمجلس حقوق الإنسان",
            "fr": "Procédures spéciales du Conseil des droits de l'homme",
            "en": "Special procedures of the Human Rights Council",
        },
    },
    {
        "slug": "wgeid",
        "category": UN,
        "parent": "special-procedures",
        "country": "CH",
        "name": {
            "ar": "الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي",
            "fr": "Groupe de travail sur les disparitions forcées ou involontaires",
            "en": "Working Group on Enforced or Involuntary Disappearances",
        },
        "acronym": {"fr": "GTDFI", "en": "WGEID"},
    },
    {
        "slug": "ohchr",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "website": "https://www.ohchr.org",
        "name": {
            "ar": "المفوضية السامية لحقوق الإنسان",
            "fr": "Haut-Commissariat des Nations Unies aux droits de l'homme",
            "en": "Office of the United Nations High Commissioner for Human Rights",
        },
        "acronym": {"fr": "HCDH", "en": "OHCHR"},
        "description": {
            "ar": "<p>في سنة 2021، اختارت المفوضية المجلس ليتحدث باسم شمال إفريقيا في الحوار التفاعلي مع المفوضة السامية حول جائحة كوفيد-19.</p>",
            "fr": "<p>En 2021, le Haut-Commissariat a choisi le Conseil pour prendre la parole au nom de l'Afrique du Nord dans le dialogue interactif avec la Haute-Commissaire sur la COVID-19.</p>",
            "en": "<p>In 2021 the Office chose the Council to speak for North Africa in the interactive dialogue with the High Commissioner on COVID-19.</p>",
        },
    },
    {
        "slug": "hrc-committee",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "اللجنة المعنية بحقوق الإنسان",
            "fr": "Comité des droits de l'homme",
            "en": "Human Rights Committee",
        },
        "acronym": {"fr": "CCPR", "en": "CCPR"},
    },
    {
        "slug": "cescr",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية",
            "fr": "Comité des droits économiques, sociaux et culturels",
            "en": "Committee on Economic, Social and Cultural Rights",
        },
        "acronym": {"fr": "CDESC", "en": "CESCR"},
    },
    {
        "slug": "cerd",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "لجنة القضاء على التمييز العنصري",
            "fr": "Comité pour l'élimination de la discrimination raciale",
            "en": "Committee on the Elimination of Racial Discrimination",
        },
        "acronym": {"fr": "CERD", "en": "CERD"},
    },
    {
        "slug": "cedaw-committee",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "لجنة القضاء على التمييز ضد المرأة",
            "fr": "Comité pour l'élimination de la discrimination à l'égard des femmes",
            "en": "Committee on the Elimination of Discrimination against Women",
        },
        "acronym": {"fr": "CEDEF", "en": "CEDAW"},
    },
    {
        "slug": "committee-against-torture",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {"ar": "لجنة مناهضة التعذيب", "fr": "Comité contre la torture", "en": "Committee against Torture"},
        "acronym": {"fr": "CAT", "en": "CAT"},
    },
    {
        "slug": "spt",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "اللجنة الفرعية لمنع التعذيب",
            "fr": "Sous-comité pour la prévention de la torture",
            "en": "Subcommittee on Prevention of Torture",
        },
        "acronym": {"fr": "SPT", "en": "SPT"},
        "description": {
            "ar": "<p>زارت اللجنة الفرعية المغرب في أكتوبر 2017، ولم يكن تقرير زيارتها قد نشر بعد في دجنبر 2021.</p>",
            "fr": "<p>Le Sous-comité s'est rendu au Maroc en octobre 2017 ; son rapport de visite n'était pas encore publié en décembre 2021.</p>",
            "en": "<p>The Subcommittee visited Morocco in October 2017; its visit report was still unpublished in December 2021.</p>",
        },
    },
    {
        "slug": "crc-committee",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "لجنة حقوق الطفل",
            "fr": "Comité des droits de l'enfant",
            "en": "Committee on the Rights of the Child",
        },
        "acronym": {"fr": "CDE", "en": "CRC"},
    },
    {
        "slug": "cmw",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "اللجنة المعنية بالعمال المهاجرين",
            "fr": "Comité pour la protection des droits de tous les travailleurs migrants",
            "en": "Committee on Migrant Workers",
        },
        "acronym": {"fr": "CMW", "en": "CMW"},
    },
    {
        "slug": "crpd-committee",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة",
            "fr": "Comité des droits des personnes handicapées",
            "en": "Committee on the Rights of Persons with Disabilities",
        },
        "acronym": {"fr": "CDPH", "en": "CRPD"},
    },
    {
        "slug": "ced",
        "category": UN,
        "parent": "united-nations",
        "country": "CH",
        "name": {
            "ar": "اللجنة المعنية بحالات الاختفاء القسري",
            "fr": "Comité des disparitions forcées",
            "en": "Committee on Enforced Disappearances",
        },
        "acronym": {"fr": "CED", "en": "CED"},
    },
    {
        "slug": "security-council",
        "category": UN,
        "parent": "united-nations",
        "name": {
            "ar": "مجلس الأمن",
            "fr": "Conseil de sécurité des Nations Unies",
            "en": "United Nations Security Council",
        },
        "description": {
            "ar": "<p>رحب القرار 2602 الصادر في 29 أكتوبر 2021 بدور اللجنتين الجهويتين لحقوق الإنسان بالعيون-الساقية الحمراء والداخلة-وادي الذهب.</p>",
            "fr": "<p>La résolution 2602 du 29 octobre 2021 a salué le rôle des commissions régionales des droits de l'homme de Laâyoune-Sakia El Hamra et de Dakhla-Oued Eddahab.</p>",
            "en": "<p>Resolution 2602 of 29 October 2021 welcomed the role of the regional human rights commissions of Laâyoune-Sakia El Hamra and Dakhla-Oued Eddahab.</p>",
        },
    },
    {
        "slug": "un-network-on-migration",
        "category": UN,
        "parent": "united-nations",
        "name": {
            "ar": "شبكة الأمم المتحدة المعنية بالهجرة",
            "fr": "Réseau des Nations Unies sur les migrations",
            "en": "United Nations Network on Migration",
        },
    },
    # --- UN agencies and programmes
    {
        "slug": "unfpa",
        "category": AGENCIES,
        "parent": "united-nations",
        "country": "MA",
        "website": "https://www.unfpa.org",
        "name": {
            "ar": "صندوق الأمم المتحدة للسكان",
            "fr": "Fonds des Nations Unies pour la population",
            "en": "United Nations Population Fund",
        },
        "acronym": {"fr": "UNFPA", "en": "UNFPA"},
    },
    {
        "slug": "unhcr",
        "category": AGENCIES,
        "parent": "united-nations",
        "country": "MA",
        "website": "https://www.unhcr.org",
        "name": {
            "ar": "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
            "fr": "Haut-Commissariat des Nations Unies pour les réfugiés",
            "en": "Office of the United Nations High Commissioner for Refugees",
        },
        "acronym": {"fr": "HCR", "en": "UNHCR"},
    },
    {
        "slug": "who",
        "category": AGENCIES,
        "parent": "united-nations",
        "country": "MA",
        "website": "https://www.who.int",
        "name": {
            "ar": "منظمة الصحة العالمية",
            "fr": "Organisation mondiale de la santé",
            "en": "World Health Organization",
        },
        "acronym": {"fr": "OMS", "en": "WHO"},
    },
    {
        "slug": "undp",
        "category": AGENCIES,
        "parent": "united-nations",
        "website": "https://www.undp.org",
        "name": {
            "ar": "برنامج الأمم المتحدة الإنمائي",
            "fr": "Programme des Nations Unies pour le développement",
            "en": "United Nations Development Programme",
        },
        "acronym": {"fr": "PNUD", "en": "UNDP"},
    },
    # --- African Union
    {
        "slug": "african-union",
        "category": AU,
        "country": "ET",
        "name": {"ar": "الاتحاد الإفريقي", "fr": "Union africaine", "en": "African Union", "zgh": "ⴰⵎⵓⵏ ⴰⴼⵔⵉⵇⵉ"},
        "acronym": {"fr": "UA", "en": "AU"},
    },
    {
        "slug": "achpr",
        "category": AU,
        "parent": "african-union",
        "country": "GM",
        "name": {
            "ar": "اللجنة الإفريقية لحقوق الإنسان والشعوب",
            "fr": "Commission africaine des droits de l'homme et des peuples",
            "en": "African Commission on Human and Peoples' Rights",
        },
        "acronym": {"fr": "CADHP", "en": "ACHPR"},
        "description": {
            "ar": "<p>يحضر المجلس الدورات العادية للجنة والأنشطة الموازية لها. وإلى غاية نهاية سنة 2021، لم يكن المغرب قد صادق على الميثاق الإفريقي لحقوق الإنسان والشعوب.</p>",
            "fr": "<p>Le Conseil assiste aux sessions ordinaires de la Commission et à leurs événements parallèles. À la fin de 2021, le Maroc n'avait pas ratifié la Charte africaine des droits de l'homme et des peuples.</p>",
            "en": "<p>The Council attends the Commission's ordinary sessions and their side events. By the end of 2021 Morocco had not ratified the African Charter on Human and Peoples' Rights.</p>",
        },
    },
    # --- European institutions
    {
        "slug": "council-of-europe",
        "category": EUROPE,
        "country": "FR",
        "website": "https://www.coe.int",
        "name": {"ar": "مجلس أوروبا", "fr": "Conseil de l'Europe", "en": "Council of Europe"},
        "description": {
            "ar": "<p>ينفذ المجلس ومجلس أوروبا برنامجا مشتركا لتعزيز القدرات للفترة 2020-2023 يدعم الآلية الوطنية للوقاية من التعذيب.</p>",
            "fr": "<p>Le Conseil et le Conseil de l'Europe mettent en œuvre un programme conjoint de renforcement des capacités pour 2020-2023, en appui au mécanisme national de prévention de la torture.</p>",
            "en": "<p>The Council and the Council of Europe run a joint capacity-building programme for 2020-2023 that supports the national preventive mechanism against torture.</p>",
        },
    },
    {
        "slug": "european-union",
        "category": EUROPE,
        "country": "BE",
        "website": "https://european-union.europa.eu",
        "name": {"ar": "الاتحاد الأوروبي", "fr": "Union européenne", "en": "European Union"},
        "acronym": {"fr": "UE", "en": "EU"},
    },
    {
        "slug": "european-parliament",
        "category": EUROPE,
        "parent": "european-union",
        "website": "https://www.europarl.europa.eu",
        "name": {"ar": "البرلمان الأوروبي", "fr": "Parlement européen", "en": "European Parliament"},
    },
    {
        "slug": "european-parliament-droi",
        "category": EUROPE,
        "parent": "european-parliament",
        "name": {
            "ar": "اللجنة الفرعية لحقوق الإنسان بالبرلمان الأوروبي",
            "fr": "Sous-commission des droits de l'homme du Parlement européen",
            "en": "European Parliament Subcommittee on Human Rights",
        },
        "acronym": {"fr": "DROI", "en": "DROI"},
    },
    # --- Networks of national human rights institutions
    {
        "slug": "ganhri",
        "category": NETWORKS,
        "country": "CH",
        "website": "https://ganhri.org",
        "name": {
            "ar": "التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان",
            "fr": "Alliance mondiale des institutions nationales des droits de l'homme",
            "en": "Global Alliance of National Human Rights Institutions",
        },
        "acronym": {"fr": "GANHRI", "en": "GANHRI"},
        "description": {
            "ar": "<p>يضم التحالف 128 مؤسسة عضوا. والمجلس معتمد لديه في الدرجة «أ» طبقا لمبادئ باريس.</p>",
            "fr": "<p>L'Alliance compte 128 institutions membres. Le Conseil y est accrédité au statut « A » au regard des Principes de Paris.</p>",
            "en": '<p>The Alliance has 128 member institutions. The Council is accredited with "A" status under the Paris Principles.</p>',
        },
    },
    {
        "slug": "sca",
        "category": NETWORKS,
        "parent": "ganhri",
        "country": "CH",
        "name": {
            "ar": "اللجنة الفرعية للاعتماد",
            "fr": "Sous-comité d'accréditation",
            "en": "Sub-Committee on Accreditation",
        },
        "acronym": {"fr": "SCA", "en": "SCA"},
    },
    {
        "slug": "ganhri-business-human-rights",
        "category": NETWORKS,
        "parent": "ganhri",
        "name": {
            "ar": "فريق العمل المعني بالمقاولات وحقوق الإنسان",
            "fr": "Groupe de travail sur les entreprises et les droits de l'homme",
            "en": "Working Group on Business and Human Rights",
        },
    },
    {
        "slug": "ganhri-womens-rights",
        "category": NETWORKS,
        "parent": "ganhri",
        "name": {
            "ar": "فريق العمل المعني بحقوق النساء",
            "fr": "Groupe de travail sur les droits des femmes",
            "en": "Working Group on Women's Rights",
        },
    },
    {
        "slug": "nanhri",
        "category": NETWORKS,
        "country": "KE",
        "name": {
            "ar": "شبكة المؤسسات الوطنية الإفريقية لحقوق الإنسان",
            "fr": "Réseau des institutions nationales africaines des droits de l'homme",
            "en": "Network of African National Human Rights Institutions",
        },
        "acronym": {"fr": "RINADH", "en": "NANHRI"},
    },
    {
        "slug": "nanhri-migration",
        "category": NETWORKS,
        "parent": "nanhri",
        "name": {
            "ar": "فريق العمل المعني بالهجرة لشبكة المؤسسات الوطنية الإفريقية",
            "fr": "Groupe de travail sur la migration du RINADH",
            "en": "NANHRI Working Group on Migration",
        },
    },
    {
        "slug": "nanhri-childrens-rights",
        "category": NETWORKS,
        "parent": "nanhri",
        "name": {
            "ar": "فريق العمل المعني بحقوق الطفل لشبكة المؤسسات الوطنية الإفريقية",
            "fr": "Groupe de travail sur les droits de l'enfant du RINADH",
            "en": "NANHRI Working Group on Children's Rights",
        },
        "description": {
            "ar": "<p>أنشئ هذا الفريق باقتراح من المجلس، وهو عضو فيه.</p>",
            "fr": "<p>Ce groupe a été créé sur proposition du Conseil, qui en est membre.</p>",
            "en": "<p>The group was set up on the Council's proposal; the Council is a member.</p>",
        },
    },
    {
        "slug": "annhri",
        "category": NETWORKS,
        "name": {
            "ar": "الشبكة العربية للمؤسسات الوطنية لحقوق الإنسان",
            "fr": "Réseau arabe des institutions nationales des droits de l'homme",
            "en": "Arab Network of National Human Rights Institutions",
        },
        "acronym": {"en": "ANNHRI", "fr": "ANNHRI"},
    },
    {
        "slug": "afcndh",
        "category": NETWORKS,
        "name": {
            "ar": "الجمعية الفرنكوفونية للجان الوطنية لحقوق الإنسان",
            "fr": "Association francophone des commissions nationales des droits de l'Homme",
            "en": "Francophone Association of National Human Rights Commissions",
        },
        "acronym": {"fr": "AFCNDH", "en": "AFCNDH"},
    },
    # --- National human rights institutions abroad
    {
        "slug": "cndh-mauritania",
        "category": NHRIS,
        "country": "MR",
        "name": {
            "ar": "اللجنة الوطنية لحقوق الإنسان بموريتانيا",
            "fr": "Commission nationale des droits de l'Homme de Mauritanie",
            "en": "National Human Rights Commission of Mauritania",
        },
        "acronym": {"fr": "CNDH", "en": "CNDH"},
    },
    {
        "slug": "nccl-libya",
        "category": NHRIS,
        "country": "LY",
        "name": {
            "ar": "المجلس الوطني للحريات العامة وحقوق الإنسان بليبيا",
            "fr": "Conseil national des libertés civiles et des droits de l'homme de Libye",
            "en": "National Council for Civil Liberties and Human Rights of Libya",
        },
    },
    {
        "slug": "nhri-cote-d-ivoire",
        "category": NHRIS,
        "country": "CI",
        "name": {
            "ar": "المؤسسة الوطنية لحقوق الإنسان بكوت ديفوار",
            "fr": "Institution nationale des droits de l'homme de Côte d'Ivoire",
            "en": "National human rights institution of Côte d'Ivoire",
        },
    },
    {
        "slug": "nhri-cameroon",
        "category": NHRIS,
        "country": "CM",
        "name": {
            "ar": "المؤسسة الوطنية لحقوق الإنسان بالكاميرون",
            "fr": "Institution nationale des droits de l'homme du Cameroun",
            "en": "National human rights institution of Cameroon",
        },
    },
    {
        "slug": "nhri-south-africa",
        "category": NHRIS,
        "country": "ZA",
        "name": {
            "ar": "المؤسسة الوطنية لحقوق الإنسان بجنوب إفريقيا",
            "fr": "Institution nationale des droits de l'homme d'Afrique du Sud",
            "en": "National human rights institution of South Africa",
        },
    },
    *[
        {
            "slug": f"nhri-{slug}",
            "category": NHRIS,
            "country": code,
            "name": {
                "ar": f"المؤسسة الوطنية لحقوق الإنسان {ar}",
                "fr": f"Institution nationale des droits de l'homme {fr}",
                "en": f"National human rights institution of {en}",
            },
        }
        for slug, code, ar, fr, en in [
            ("denmark", "DK", "بالدنمارك", "du Danemark", "Denmark"),
            ("georgia", "GE", "بجورجيا", "de Géorgie", "Georgia"),
            ("kenya", "KE", "بكينيا", "du Kenya", "Kenya"),
            ("malaysia", "MY", "بماليزيا", "de Malaisie", "Malaysia"),
            ("new-zealand", "NZ", "بنيوزيلندا", "de Nouvelle-Zélande", "New Zealand"),
            ("peru", "PE", "بالبيرو", "du Pérou", "Peru"),
        ]
    ],
    # --- Diplomatic missions and states
    *[
        {
            "slug": slug,
            "category": STATES,
            "country": code,
            "name": {"ar": ar, "fr": fr, "en": en, "zgh": zgh},
        }
        for slug, code, ar, fr, en, zgh in [
            ("italy", "IT", "إيطاليا", "Italie", "Italy", "ⵉⵟⴰⵍⵢⴰ"),
            ("united-kingdom", "GB", "المملكة المتحدة", "Royaume-Uni", "United Kingdom", ""),
            ("austria", "AT", "النمسا", "Autriche", "Austria", "ⵏⵏⵉⵎⵙⴰ"),
            ("finland", "FI", "فنلندا", "Finlande", "Finland", "ⴼⵉⵍⴰⵏⴷⴰ"),
            ("norway", "NO", "النرويج", "Norvège", "Norway", "ⵏⵏⵔⵡⵉⵊ"),
            ("netherlands", "NL", "هولندا", "Pays-Bas", "Netherlands", "ⵀⵓⵍⴰⵏⴷⴰ"),
            ("mexico", "MX", "المكسيك", "Mexique", "Mexico", "ⵎⵉⴽⵙⵉⴽ"),
            ("peru", "PE", "البيرو", "Pérou", "Peru", "ⴱⵉⵔⵓ"),
        ]
    ],
    {
        "slug": "embassy-of-canada",
        "category": STATES,
        "country": "CA",
        "name": {
            "ar": "سفارة كندا بالمغرب",
            "fr": "Ambassade du Canada au Maroc",
            "en": "Embassy of Canada in Morocco",
        },
    },
    # --- International NGOs and other partners
    {
        "slug": "dignity",
        "category": OTHERS,
        "country": "DK",
        "website": "https://www.dignity.dk",
        "name": {
            "ar": "المعهد الدنماركي لمناهضة التعذيب",
            "fr": "Institut danois contre la torture",
            "en": "Danish Institute Against Torture",
        },
        "acronym": {"fr": "DIGNITY", "en": "DIGNITY"},
    },
    {
        "slug": "oxfam",
        "category": OTHERS,
        "website": "https://www.oxfam.org",
        "name": {"ar": "أوكسفام", "fr": "Oxfam", "en": "Oxfam"},
    },
    {
        "slug": "ecpm",
        "category": OTHERS,
        "country": "FR",
        "website": "https://www.ecpm.org",
        "name": {
            "ar": "جميعا ضد عقوبة الإعدام",
            "fr": "Ensemble contre la peine de mort",
            "en": "Together Against the Death Penalty",
        },
        "acronym": {"fr": "ECPM", "en": "ECPM"},
    },
    {
        "slug": "community-of-democracies",
        "category": OTHERS,
        "country": "PL",
        "name": {
            "ar": "الأمانة الدائمة لمجتمع الديمقراطيات",
            "fr": "Secrétariat permanent de la Communauté des démocraties",
            "en": "Permanent Secretariat of the Community of Democracies",
        },
    },
    {
        "slug": "ministry-of-foreign-affairs",
        "category": OTHERS,
        "country": "MA",
        "name": {
            "ar": "وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج",
            "fr": "Ministère des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger",
            "en": "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates",
        },
    },
    {
        "slug": "mohammedia-league-of-scholars",
        "category": OTHERS,
        "country": "MA",
        "name": {
            "ar": "الرابطة المحمدية للعلماء",
            "fr": "Rabita Mohammadia des oulémas",
            "en": "Mohammedia League of Scholars",
        },
    },
    {
        "slug": "expo-2020-dubai",
        "category": OTHERS,
        "country": "AE",
        "name": {"ar": "معرض إكسبو 2020 دبي", "fr": "Expo 2020 Dubaï", "en": "Expo 2020 Dubai"},
    },
]

# The Council's positions; "end": "2021" means until the end of 2021.
ROLES = [
    {
        "partner": "ganhri",
        "title": {
            "ar": "عضو في مكتب التحالف",
            "fr": "Membre du Bureau de l'Alliance",
            "en": "Member of the GANHRI Bureau",
        },
        "start": "2021-11-02",
    },
    {
        "partner": "ganhri",
        "title": {
            "ar": "مؤسسة معتمدة في الدرجة «أ» طبقا لمبادئ باريس",
            "fr": "Institution accréditée au statut « A » selon les Principes de Paris",
            "en": 'Institution accredited with "A" status under the Paris Principles',
        },
    },
    {
        "partner": "sca",
        "title": {
            "ar": "رئيس اللجنة الفرعية للاعتماد",
            "fr": "Présidence du Sous-comité",
            "en": "Chair of the Sub-Committee",
        },
        "end": "2021",
    },
    {
        "partner": "sca",
        "title": {"ar": "عضو أعيد انتخابه", "fr": "Membre réélu", "en": "Re-elected member"},
    },
    {
        "partner": "ganhri-business-human-rights",
        "title": {"ar": "عضو في فريق العمل", "fr": "Membre du groupe de travail", "en": "Member of the working group"},
    },
    {
        "partner": "ganhri-womens-rights",
        "title": {"ar": "عضو في فريق العمل", "fr": "Membre du groupe de travail", "en": "Member of the working group"},
    },
    {
        "partner": "nanhri",
        "title": {
            "ar": "عضو في اللجنة التوجيهية",
            "fr": "Membre du Comité directeur",
            "en": "Member of the Steering Committee",
        },
    },
    {
        "partner": "nanhri-migration",
        "title": {
            "ar": "رئيس فريق العمل (أعيد انتخابه)",
            "fr": "Présidence du groupe de travail (réélu)",
            "en": "Chair of the working group (re-elected)",
        },
    },
    {
        "partner": "nanhri-childrens-rights",
        "title": {"ar": "عضو في فريق العمل", "fr": "Membre du groupe de travail", "en": "Member of the working group"},
    },
    {
        "partner": "annhri",
        "title": {"ar": "عضو مؤسس", "fr": "Membre fondateur", "en": "Founding member"},
    },
    {
        "partner": "annhri",
        "title": {
            "ar": "عضو في اللجنة التنفيذية منذ إحداث الشبكة",
            "fr": "Membre du comité exécutif depuis la création du Réseau",
            "en": "Member of the executive committee since the Network was created",
        },
    },
    {
        "partner": "afcndh",
        "title": {
            "ar": "عضو في مكتب الجمعية",
            "fr": "Membre du bureau de l'Association",
            "en": "Member of the Association's bureau",
        },
    },
]

AGREEMENTS = [
    {
        "slug": "council-of-europe-npm-programme-2020-2023",
        "kind": "programme",
        "partners": ["council-of-europe"],
        "title": {
            "ar": "برنامج مشترك لتعزيز القدرات دعما للآلية الوطنية للوقاية من التعذيب",
            "fr": "Programme conjoint de renforcement des capacités en appui au mécanisme national de prévention de la torture",
            "en": "Joint capacity-building programme supporting the national preventive mechanism against torture",
        },
        "summary": {
            "ar": "برنامج يمتد من 2020 إلى 2023 لتعزيز قدرات الآلية الوطنية للوقاية من التعذيب.",
            "fr": "Un programme de 2020 à 2023 pour renforcer les capacités du mécanisme national de prévention de la torture.",
            "en": "A programme running from 2020 to 2023 to strengthen the national preventive mechanism against torture.",
        },
        "start": "2020",
        "end": "2023",
    },
    {
        "slug": "mou-cndh-mauritania-2021",
        "kind": "mou",
        "partners": ["cndh-mauritania"],
        "title": {
            "ar": "مذكرة تفاهم مع اللجنة الوطنية لحقوق الإنسان بموريتانيا",
            "fr": "Mémorandum d'entente avec la Commission nationale des droits de l'Homme de Mauritanie",
            "en": "Memorandum of understanding with Mauritania's National Human Rights Commission",
        },
        "summary": {
            "ar": "تلاها تنظيم دورة تكوينية لفائدة أطر اللجنة.",
            "fr": "Suivi d'une formation pour le personnel de la Commission.",
            "en": "Followed by a training course for the Commission's staff.",
        },
        "signed_on": "2021-01-12",
    },
    {
        "slug": "mou-dignity-2019",
        "kind": "mou",
        "partners": ["dignity"],
        "title": {
            "ar": "مذكرة تفاهم مع المعهد الدنماركي لمناهضة التعذيب",
            "fr": "Mémorandum d'entente avec DIGNITY",
            "en": "Memorandum of understanding with DIGNITY",
        },
        "signed_on": "2019-12",
    },
    *[
        {
            "slug": f"partnership-{slug}",
            "kind": "partnership",
            "partners": [slug],
            "title": {
                "ar": f"اتفاقية شراكة مع {ar}",
                "fr": f"Accord de partenariat avec {fr}",
                "en": f"Partnership agreement with {en}",
            },
        }
        for slug, ar, fr, en in [
            (
                "unfpa",
                "صندوق الأمم المتحدة للسكان",
                "le Fonds des Nations Unies pour la population",
                "the United Nations Population Fund",
            ),
            (
                "unhcr",
                "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
                "le Haut-Commissariat des Nations Unies pour les réfugiés",
                "the UN Refugee Agency",
            ),
            ("who", "منظمة الصحة العالمية", "l'Organisation mondiale de la santé", "the World Health Organization"),
        ]
    ],
    {
        "slug": "project-women-and-girls-canada-oxfam",
        "kind": "project",
        "partners": ["embassy-of-canada", "oxfam"],
        "title": {
            "ar": "مشروع مشترك حول حقوق النساء والفتيات وجمعيات حقوق النساء",
            "fr": "Projet conjoint sur les droits des femmes et des filles et les associations de défense des droits des femmes",
            "en": "Joint project on the rights of women and girls and on women's rights associations",
        },
    },
    {
        "slug": "partnership-ecpm-abolition",
        "kind": "partnership",
        "partners": ["ecpm"],
        "title": {
            "ar": "شراكة من أجل إلغاء عقوبة الإعدام",
            "fr": "Partenariat pour l'abolition de la peine de mort",
            "en": "Partnership for the abolition of the death penalty",
        },
    },
]
