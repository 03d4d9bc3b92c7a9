"""Texts of the demo content: the section's fixed pages."""

PAGES = {
    "home": {
        "title": {
            "ar": "التعاون الدولي",
            "fr": "Coopération internationale",
            "en": "International cooperation",
            "zgh": "ⴰⵎⵢⴰⵡⴰⵙ ⴰⴳⵔⴰⵖⵍⴰⵏ",
        },
        "intro": {
            "ar": (
                "<p>المجلس الوطني لحقوق الإنسان مؤسسة وطنية تعنى بحماية حقوق الإنسان والنهوض بها بالمغرب، "
                "وترأسه السيدة آمنة بوعياش. وهو معتمد في الدرجة «أ» طبقا لمبادئ باريس من قبل التحالف العالمي "
                "للمؤسسات الوطنية لحقوق الإنسان.</p>"
                "<p>يعرض هذا القسم علاقات التعاون التي يقيمها المجلس على المستوى الدولي، مع منظومة الأمم المتحدة "
                "لحقوق الإنسان والاتحاد الإفريقي والمؤسسات الأوروبية وشبكات المؤسسات الوطنية لحقوق الإنسان "
                "وهيئات ومنظمات دولية أخرى، كما رصدها تقريره السنوي برسم سنة 2021.</p>"
            ),
            "fr": (
                "<p>Le Conseil national des droits de l'Homme est l'institution nationale chargée de la protection et "
                "de la promotion des droits de l'homme au Maroc ; il est présidé par Mme Amina Bouayach. Il est "
                "accrédité au statut « A » au regard des Principes de Paris par l'Alliance mondiale des institutions "
                "nationales des droits de l'homme.</p>"
                "<p>Cette rubrique présente les relations de coopération que le Conseil entretient au niveau "
                "international, avec le système des droits de l'homme des Nations Unies, l'Union africaine, les "
                "institutions européennes, les réseaux d'institutions nationales des droits de l'homme et d'autres "
                "organismes et organisations internationaux, telles que son rapport annuel 2021 en rend compte.</p>"
            ),
            "en": (
                "<p>The National Human Rights Council is Morocco's national institution for the protection and "
                'promotion of human rights, chaired by Ms Amina Bouayach. It is accredited with "A" status under '
                "the Paris Principles by the Global Alliance of National Human Rights Institutions.</p>"
                "<p>This section presents the Council's cooperation at the international level, with the United "
                "Nations human rights system, the African Union, European institutions, networks of national human "
                "rights institutions and other international bodies and organisations, as described in its annual "
                "report for 2021.</p>"
            ),
        },
    },
    "cooperation": {
        "title": {
            "ar": "التعاون والعلاقات الخارجية",
            "fr": "Coopération et relations extérieures",
            "en": "Cooperation and external relations",
            "zgh": "ⴰⵎⵢⴰⵡⴰⵙ ⴷ ⵜⵣⴷⴰⵢⵉⵏ ⵜⵉⴱⵕⵕⴰⵏⵉⵢⵉⵏ",
        },
        "intro": {
            "ar": (
                "<p>يتفاعل المجلس الوطني لحقوق الإنسان مع الآليات الدولية والإقليمية لحقوق الإنسان، ويشارك في "
                "أشغال الشبكات الدولية والإقليمية للمؤسسات الوطنية، وينسج علاقات تعاون ثنائي مع نظرائه، فضلا عن "
                "شراكاته مع وكالات الأمم المتحدة وعدد من الهيئات والمنظمات الدولية غير الحكومية.</p>"
                "<p>تجدون في هذا القسم شركاء المجلس على المستوى الدولي، والفصل الذي خصصه تقريره السنوي برسم سنة "
                "2021 لعلاقات التعاون على المستوى الدولي.</p>"
            ),
            "fr": (
                "<p>Le Conseil national des droits de l'Homme interagit avec les mécanismes internationaux et "
                "régionaux des droits de l'homme, prend part aux travaux des réseaux internationaux et régionaux "
                "d'institutions nationales et entretient des relations de coopération bilatérale avec ses homologues, "
                "en plus de ses partenariats avec les agences des Nations Unies et plusieurs organismes internationaux "
                "et organisations non gouvernementales.</p>"
                "<p>Vous trouverez dans cette rubrique les partenaires internationaux du Conseil ainsi que le chapitre "
                "de son rapport annuel 2021 consacré aux relations de coopération au niveau international.</p>"
            ),
            "en": (
                "<p>The National Human Rights Council engages with international and regional human rights "
                "mechanisms, takes part in the work of the international and regional networks of national "
                "institutions and maintains bilateral cooperation with its peers, in addition to its partnerships with "
                "United Nations agencies and a number of international bodies and non-governmental organisations.</p>"
                "<p>In this section you will find the Council's international partners and the chapter of its 2021 "
                "annual report on cooperation at the international level.</p>"
            ),
        },
    },
    "international-partners": {
        "title": {
            "ar": "الشركاء على المستوى الدولي",
            "fr": "Partenaires internationaux",
            "en": "International partners",
            "zgh": "ⵉⵎⴷⵓⴽⴽⴰⵍ ⵉⴳⵔⴰⵖⵍⴰⵏⵏ",
        },
        "intro": {
            "ar": (
                "<p>تشمل شراكات المجلس على المستوى الدولي منظومة الأمم المتحدة لحقوق الإنسان ووكالاتها، والاتحاد "
                "الإفريقي، والمؤسسات الأوروبية، والشبكات الدولية والإقليمية للمؤسسات الوطنية لحقوق الإنسان، إلى "
                "جانب هيئات ومنظمات دولية غير حكومية أخرى، وهي الأجزاء الخمسة التي يتناولها الفصل المخصص للتعاون "
                "الدولي في التقرير السنوي للمجلس برسم سنة 2021.</p>"
            ),
            "fr": (
                "<p>Les partenariats internationaux du Conseil couvrent le système des droits de l'homme des Nations "
                "Unies et ses agences, l'Union africaine, les institutions européennes, les réseaux internationaux et "
                "régionaux d'institutions nationales des droits de l'homme ainsi que d'autres organismes "
                "internationaux et organisations non gouvernementales : ce sont les cinq parties du chapitre consacré "
                "à la coopération internationale dans le rapport annuel 2021 du Conseil.</p>"
            ),
            "en": (
                "<p>The Council's international partnerships cover the United Nations human rights system and its "
                "agencies, the African Union, European institutions, the international and regional networks of "
                "national human rights institutions, and other international bodies and non-governmental "
                "organisations: these are the five parts of the chapter on international cooperation in the "
                "Council's annual report for 2021.</p>"
            ),
        },
    },
}
