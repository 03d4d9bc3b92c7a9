"""Texts of the news demo content, drawn from the facts of the 2021 cooperation chapter.

Each item is dated with the fact it reports, at noon in Casablanca. Facts known
only to the month or the year are not turned into news items: their day
would have to be invented.
"""

REPORT_2021 = {"year": 2021, "slug": "annual-report-2021", "chapter": "international-cooperation"}

NEWS_ITEMS = [
    {
        "slug": "geneva-consultations-with-children",
        "date": (2024, 3, 14),
        "kind": "news",
        "partners": ["human-rights-council", "ohchr"],
        "report": False,
        "title": {
            "ar": "المجلس يؤكد بجنيف على ضرورة التشاور مع الأطفال",
            "fr": "À Genève, le Conseil insiste sur la nécessité de consulter les enfants",
            "en": "In Geneva, the Council stresses the need to consult children",
        },
        "summary": {
            "ar": "شدد المجلس الوطني لحقوق الإنسان، من جنيف، على أن الأطفال ينبغي أن يستشاروا في القضايا التي تهمهم.",
            "fr": "Depuis Genève, le Conseil national des droits de l'Homme a souligné que les enfants doivent être "
            "consultés sur les questions qui les concernent.",
            "en": "Speaking in Geneva, the National Human Rights Council underlined that children should be consulted "
            "on the matters that concern them.",
        },
        "body": {
            "ar": "<p>في مداخلة بجنيف، أكد المجلس الوطني لحقوق الإنسان أن إشراك الأطفال والتشاور معهم شرط لسياسات "
            "عمومية تحترم حقوقهم.</p><p>ويواصل المجلس بذلك متابعة أشغال منظومة الأمم المتحدة لحقوق الإنسان والمساهمة "
            "فيها بصفته مؤسسة وطنية معتمدة في الدرجة «أ».</p>",
            "fr": "<p>Dans une intervention à Genève, le Conseil national des droits de l'Homme a rappelé que la "
            "participation des enfants et leur consultation sont une condition de politiques publiques respectueuses de "
            "leurs droits.</p><p>Le Conseil poursuit ainsi sa contribution aux travaux du système des droits de l'homme "
            "des Nations Unies, en tant qu'institution nationale accréditée au statut « A ».</p>",
            "en": "<p>In a statement delivered in Geneva, the National Human Rights Council recalled that involving and "
            "consulting children is a precondition for public policies that respect their rights.</p><p>The Council "
            "thus continues to contribute to the work of the United Nations human rights system as a national "
            "institution accredited with \u201cA\u201d status.</p>",
        },
    },
    {
        "slug": "geneva-ganhri-support-for-an-approach",
        "date": (2024, 3, 13),
        "kind": "news",
        "partners": ["ganhri"],
        "report": False,
        "title": {
            "ar": "التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان يعبر بجنيف عن دعمه لمقاربة",
            "fr": "À Genève, l'Alliance mondiale des institutions nationales exprime son soutien à une approche",
            "en": "In Geneva, the Global Alliance of National Human Rights Institutions backs an approach",
        },
        "summary": {
            "ar": "عبر التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان، من جنيف، عن دعمه لمقاربة.",
            "fr": "Depuis Genève, l'Alliance mondiale des institutions nationales des droits de l'homme (GANHRI) a "
            "exprimé son soutien à une approche.",
            "en": "Speaking in Geneva, the Global Alliance of National Human Rights Institutions (GANHRI) expressed its "
            "support for an approach.",
        },
        "body": {
            "ar": "<p>عبر التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان، خلال مداخلة بجنيف، عن دعمه لمقاربة.</p>"
            "<p>والمجلس الوطني لحقوق الإنسان عضو في هذا التحالف، الذي يمنحه اعتماده في الدرجة «أ» طبقا لمبادئ "
            "باريس.</p>",
            "fr": "<p>Lors d'une intervention à Genève, l'Alliance mondiale des institutions nationales des droits de "
            "l'homme a exprimé son soutien à une approche.</p><p>Le Conseil national des droits de l'Homme est membre de "
            "cette Alliance, qui l'accrédite au statut « A » au regard des Principes de Paris.</p>",
            "en": "<p>In a statement in Geneva, the Global Alliance of National Human Rights Institutions expressed its "
            "support for an approach.</p><p>The National Human Rights Council is a member of the Alliance, which "
            "accredits it with \u201cA\u201d status under the Paris Principles.</p>",
        },
    },
    {
        "slug": "hrc-55th-session-council-takes-part-in-debate",
        "date": (2024, 3, 11),
        "kind": "statement",
        "partners": ["human-rights-council"],
        "report": False,
        "title": {
            "ar": "الدورة 55 لمجلس حقوق الإنسان: المجلس يشارك في النقاش",
            "fr": "55e session du Conseil des droits de l'homme : le Conseil prend part au débat",
            "en": "55th session of the Human Rights Council: the Council takes part in the debate",
        },
        "summary": {
            "ar": "شارك المجلس الوطني لحقوق الإنسان في النقاش خلال الدورة الخامسة والخمسين لمجلس حقوق الإنسان بجنيف.",
            "fr": "Le Conseil national des droits de l'Homme a pris part au débat de la 55e session du Conseil des droits "
            "de l'homme, à Genève.",
            "en": "The National Human Rights Council took part in the debate of the 55th session of the Human Rights "
            "Council in Geneva.",
        },
        "body": {
            "ar": "<p>في إطار الدورة الخامسة والخمسين لمجلس حقوق الإنسان، شارك المجلس الوطني لحقوق الإنسان في النقاش "
            "بجنيف.</p><p>وتتيح هذه الدورات للمؤسسات الوطنية المعتمدة في الدرجة «أ» أن تدلي ببيانات شفوية أمام "
            "مجلس حقوق الإنسان.</p>",
            "fr": "<p>Dans le cadre de la 55e session du Conseil des droits de l'homme, le Conseil national des droits de "
            "l'Homme a pris part au débat à Genève.</p><p>Ces sessions permettent aux institutions nationales "
            "accréditées au statut « A » de faire des déclarations orales devant le Conseil des droits de l'homme.</p>",
            "en": "<p>At the 55th session of the Human Rights Council, the National Human Rights Council took part in the "
            "debate in Geneva.</p><p>These sessions allow national institutions accredited with \u201cA\u201d status to "
            "make oral statements before the Human Rights Council.</p>",
        },
    },
    {
        "slug": "ganhri-bureau-election-2021",
        "date": (2021, 11, 2),
        "kind": "press-release",
        "partners": ["ganhri"],
        "report": True,
        "title": {
            "ar": "انتخاب المجلس عضوا في مكتب التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان",
            "fr": "Le Conseil élu au Bureau de l'Alliance mondiale des institutions nationales des droits de l'homme",
            "en": "The Council elected to the Bureau of the Global Alliance of National Human Rights Institutions",
        },
        "summary": {
            "ar": "انتخب المجلس الوطني لحقوق الإنسان عضوا في مكتب التحالف العالمي الذي يضم 128 مؤسسة وطنية.",
            "fr": "Le Conseil national des droits de l'Homme a été élu au Bureau de GANHRI, qui réunit 128 institutions "
            "nationales.",
            "en": "The National Human Rights Council has been elected to the Bureau of GANHRI, whose membership counts "
            "128 national institutions.",
        },
        "body": {
            "ar": "<p>انتخب المجلس الوطني لحقوق الإنسان يوم 2 نونبر 2021 عضوا في مكتب التحالف العالمي للمؤسسات "
            "الوطنية لحقوق الإنسان، الذي يضم 128 مؤسسة عضوا.</p><p>وأعيد انتخاب المجلس كذلك في اللجنة الفرعية "
            "للاعتماد، التي تولى رئاستها إلى غاية نهاية سنة 2021، وهو عضو في مجموعتي العمل حول المقاولات وحقوق "
            "الإنسان وحول حقوق النساء.</p>",
            "fr": "<p>Le 2 novembre 2021, le Conseil national des droits de l'Homme a été élu au Bureau de l'Alliance "
            "mondiale des institutions nationales des droits de l'homme, qui compte 128 institutions membres.</p><p>Le "
            "Conseil a aussi été réélu au Sous-comité d'accréditation, qu'il a présidé jusqu'à la fin de 2021, et il "
            "siège dans les groupes de travail sur les entreprises et les droits de l'homme et sur les droits des "
            "femmes.</p>",
            "en": "<p>On 2 November 2021 the National Human Rights Council was elected to the Bureau of the Global "
            "Alliance of National Human Rights Institutions, which has 128 member institutions.</p><p>The Council was "
            "also re-elected to the Sub-Committee on Accreditation, which it chaired until the end of 2021, and it sits "
            "on the working groups on business and human rights and on women's rights.</p>",
        },
    },
    {
        "slug": "security-council-resolution-2602-regional-commissions",
        "date": (2021, 10, 29),
        "kind": "news",
        "partners": [],
        "report": True,
        "title": {
            "ar": "قرار مجلس الأمن 2602 ينوه بدور لجنتين جهويتين لحقوق الإنسان",
            "fr": "La résolution 2602 du Conseil de sécurité salue le rôle de deux commissions régionales",
            "en": "Security Council resolution 2602 welcomes the role of two regional commissions",
        },
        "summary": {
            "ar": "نوه مجلس الأمن التابع للأمم المتحدة بدور اللجنتين الجهويتين لحقوق الإنسان بالعيون-الساقية الحمراء "
            "والداخلة-وادي الذهب.",
            "fr": "Le Conseil de sécurité des Nations Unies a salué le rôle des commissions régionales des droits de "
            "l'Homme de Laâyoune-Sakia El Hamra et de Dakhla-Oued Eddahab.",
            "en": "The United Nations Security Council welcomed the role of the regional human rights commissions of "
            "Laâyoune-Sakia El Hamra and Dakhla-Oued Eddahab.",
        },
        "body": {
            "ar": "<p>نوه قرار مجلس الأمن رقم 2602، الصادر يوم 29 أكتوبر 2021، بالدور الذي تضطلع به اللجنة الجهوية "
            "لحقوق الإنسان العيون-الساقية الحمراء واللجنة الجهوية لحقوق الإنسان الداخلة-وادي الذهب.</p><p>وتعمل "
            "اللجنتان في إطار المجلس الوطني لحقوق الإنسان.</p>",
            "fr": "<p>La résolution 2602 du Conseil de sécurité, adoptée le 29 octobre 2021, salue le rôle de la "
            "commission régionale des droits de l'Homme de Laâyoune-Sakia El Hamra et de celle de Dakhla-Oued "
            "Eddahab.</p><p>Ces deux commissions sont des commissions régionales du Conseil national des droits de "
            "l'Homme.</p>",
            "en": "<p>Security Council resolution 2602, adopted on 29 October 2021, welcomes the role played by the "
            "regional human rights commissions of Laâyoune-Sakia El Hamra and of Dakhla-Oued Eddahab.</p><p>Both are "
            "regional commissions of the National Human Rights Council.</p>",
        },
    },
    {
        "slug": "memorandum-mauritania-national-human-rights-commission",
        "date": (2021, 1, 12),
        "kind": "press-release",
        "partners": ["mauritania-nhrc"],
        "report": True,
        "title": {
            "ar": "مذكرة تفاهم بين المجلس واللجنة الوطنية لحقوق الإنسان بموريتانيا",
            "fr": "Un mémorandum d'entente entre le Conseil et la Commission nationale des droits de l'homme de "
            "Mauritanie",
            "en": "A memorandum of understanding between the Council and Mauritania's National Human Rights Commission",
        },
        "summary": {
            "ar": "وقع المجلس الوطني لحقوق الإنسان مذكرة تفاهم مع اللجنة الوطنية لحقوق الإنسان بموريتانيا.",
            "fr": "Le Conseil national des droits de l'Homme a signé un mémorandum d'entente avec la Commission "
            "nationale des droits de l'homme de Mauritanie.",
            "en": "The National Human Rights Council signed a memorandum of understanding with Mauritania's National "
            "Human Rights Commission.",
        },
        "body": {
            "ar": "<p>وقع المجلس الوطني لحقوق الإنسان يوم 12 يناير 2021 مذكرة تفاهم مع اللجنة الوطنية لحقوق الإنسان "
            "بموريتانيا.</p><p>وتلا التوقيع تكوين لفائدة أطر اللجنة الموريتانية، في إطار التعاون الثنائي بين "
            "المؤسسات الوطنية لحقوق الإنسان.</p>",
            "fr": "<p>Le 12 janvier 2021, le Conseil national des droits de l'Homme a signé un mémorandum d'entente avec "
            "la Commission nationale des droits de l'homme de Mauritanie.</p><p>La signature a été suivie d'une "
            "formation destinée au personnel de la Commission mauritanienne, dans le cadre de la coopération "
            "bilatérale entre institutions nationales.</p>",
            "en": "<p>On 12 January 2021 the National Human Rights Council signed a memorandum of understanding with "
            "Mauritania's National Human Rights Commission.</p><p>The signature was followed by a training for the "
            "Commission's staff, as part of bilateral cooperation between national institutions.</p>",
        },
    },
    {
        "slug": "cerd-receives-combined-periodic-reports",
        "date": (2020, 12, 28),
        "kind": "news",
        "partners": ["cerd"],
        "report": True,
        "title": {
            "ar": "لجنة القضاء على التمييز العنصري تتسلم التقارير الدورية 19 إلى 21 للمغرب",
            "fr": "Le Comité pour l'élimination de la discrimination raciale reçoit les rapports périodiques 19 à 21 "
            "du Maroc",
            "en": "The Committee on the Elimination of Racial Discrimination receives Morocco's 19th to 21st periodic "
            "reports",
        },
        "summary": {
            "ar": "تسلمت لجنة القضاء على التمييز العنصري التقارير الدورية من 19 إلى 21 للمغرب في وثيقة واحدة.",
            "fr": "Le Comité pour l'élimination de la discrimination raciale a reçu les rapports périodiques 19 à 21 "
            "du Maroc, réunis en un seul document.",
            "en": "The Committee on the Elimination of Racial Discrimination received Morocco's 19th to 21st periodic "
            "reports, combined in one document.",
        },
        "body": {
            "ar": "<p>تسلمت لجنة القضاء على التمييز العنصري يوم 28 دجنبر 2020 التقارير الدورية من 19 إلى 21 للمغرب، "
            "المقدمة في وثيقة واحدة طبقا للاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري.</p><p>ولم تكن "
            "اللجنة قد برمجت دراستها إلى غاية نهاية سنة 2021.</p>",
            "fr": "<p>Le 28 décembre 2020, le Comité pour l'élimination de la discrimination raciale a reçu les rapports "
            "périodiques 19 à 21 du Maroc, présentés en un seul document au titre de la Convention internationale sur "
            "l'élimination de toutes les formes de discrimination raciale.</p><p>À la fin de 2021, le Comité n'en "
            "avait pas encore programmé l'examen.</p>",
            "en": "<p>On 28 December 2020 the Committee on the Elimination of Racial Discrimination received Morocco's "
            "19th to 21st periodic reports, submitted as one document under the International Convention on the "
            "Elimination of All Forms of Racial Discrimination.</p><p>By the end of 2021 the Committee had not yet "
            "scheduled their review.</p>",
        },
    },
]
