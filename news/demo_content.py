"""Texts of the news demo content, drawn from the facts of the 2021 cooperation chapter.

Each item is published at noon in Casablanca. An item reporting a fact known to the
day is dated that day. A fact known only to the month is published on the month's
last day, and its text names the month, never a day. Facts known only to the year
make a year-in-review series published in the last fortnight of December 2021,
whose texts name only the year.

"report" names the report an item concerns: "annual" (the 2021 annual report and
its cooperation chapter) or "cmw-parallel" (the parallel report to the Committee
on Migrant Workers); "partners" are slugs from the partners demo.
"""

REPORTS = {
    "annual": {"year": 2021, "slug": "annual-report-2021", "chapter": "international-cooperation"},
    "cmw-parallel": {"year": 2021, "slug": "parallel-report-cmw-list-of-issues", "chapter": None},
}

NEWS_ITEMS = [
    {
        "slug": "geneva-consultations-with-children",
        "date": (2024, 3, 14),
        "kind": "news",
        "partners": ["human-rights-council", "ohchr"],
        "report": None,
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
        "report": None,
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
        "report": None,
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
        "report": "annual",
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
        "report": "annual",
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
        "partners": ["cndh-mauritania"],
        "report": "annual",
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
        "report": "annual",
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
    # Facts known only to the month: published on the month's last day, the text names only the month.
    {
        "slug": "document-to-ohchr-on-the-southern-provinces-march-2021",
        "date": (2021, 3, 31),
        "kind": "news",
        "partners": ["ohchr"],
        "report": "annual",
        "title": {
            "ar": "المجلس يوجه إلى المفوضية السامية لحقوق الإنسان وثيقة حول الأقاليم الجنوبية",
            "fr": "Le Conseil adresse au Haut-Commissariat aux droits de l'homme un document sur les provinces du Sud",
            "en": "The Council sends the Office of the High Commissioner for Human Rights a document on the southern "
            "provinces",
        },
        "summary": {
            "ar": "خلال شهر مارس 2021، وجه المجلس الوطني لحقوق الإنسان إلى المفوضية السامية وثيقة تتعلق بالأقاليم "
            "الجنوبية.",
            "fr": "En mars 2021, le Conseil national des droits de l'Homme a transmis au Haut-Commissariat un document "
            "consacré aux provinces du Sud.",
            "en": "In March 2021 the National Human Rights Council sent the Office of the High Commissioner a "
            "document on the southern provinces.",
        },
        "body": {
            "ar": "<p>وجه المجلس الوطني لحقوق الإنسان، خلال شهر مارس 2021، إلى المفوضية السامية لحقوق الإنسان وثيقة "
            "حول الأقاليم الجنوبية.</p>",
            "fr": "<p>Au mois de mars 2021, le Conseil national des droits de l'Homme a adressé au Haut-Commissariat des "
            "Nations Unies aux droits de l'homme un document sur les provinces du Sud.</p>",
            "en": "<p>In March 2021 the National Human Rights Council sent the United Nations Office of the High "
            "Commissioner for Human Rights a document on the southern provinces.</p>",
        },
    },
    {
        "slug": "second-document-to-ohchr-on-the-southern-provinces-september-2021",
        "date": (2021, 9, 30),
        "kind": "news",
        "partners": ["ohchr"],
        "report": "annual",
        "title": {
            "ar": "وثيقة ثانية من المجلس إلى المفوضية السامية لحقوق الإنسان حول الأقاليم الجنوبية",
            "fr": "Un second document du Conseil au Haut-Commissariat sur les provinces du Sud",
            "en": "A second document from the Council to the Office of the High Commissioner on the southern provinces",
        },
        "summary": {
            "ar": "في شتنبر 2021، وجه المجلس إلى المفوضية السامية وثيقة ثانية حول الأقاليم الجنوبية، بعد وثيقة مارس.",
            "fr": "En septembre 2021, le Conseil a adressé au Haut-Commissariat un second document sur les provinces "
            "du Sud, après celui de mars.",
            "en": "In September 2021 the Council sent the Office of the High Commissioner a second document on the "
            "southern provinces, following the one of March.",
        },
        "body": {
            "ar": "<p>خلال شهر شتنبر 2021، وجه المجلس الوطني لحقوق الإنسان إلى المفوضية السامية لحقوق الإنسان وثيقة "
            "ثانية حول الأقاليم الجنوبية.</p><p>وتأتي هذه الوثيقة بعد تلك التي وجهها المجلس في شهر مارس من السنة "
            "نفسها.</p>",
            "fr": "<p>Au mois de septembre 2021, le Conseil national des droits de l'Homme a adressé au Haut-Commissariat "
            "des Nations Unies aux droits de l'homme un second document sur les provinces du Sud.</p><p>Il fait suite "
            "au document transmis en mars de la même année.</p>",
            "en": "<p>In September 2021 the National Human Rights Council sent the United Nations Office of the High "
            "Commissioner for Human Rights a second document on the southern provinces.</p><p>It follows the "
            "document the Council sent in March of the same year.</p>",
        },
    },
    # Facts known only to the year: a year-in-review series published at the end of December 2021.
    {
        "slug": "review-2021-human-rights-council",
        "date": (2021, 12, 17),
        "kind": "news",
        "partners": ["human-rights-council"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: ثمانية بيانات شفوية أمام مجلس حقوق الإنسان",
            "fr": "Bilan 2021 : huit déclarations orales devant le Conseil des droits de l'homme",
            "en": "2021 in review: eight oral statements before the Human Rights Council",
        },
        "summary": {
            "ar": "أدلى المجلس بثمانية بيانات شفوية خلال الدورات الثلاث لمجلس حقوق الإنسان سنة 2021، ونظم نشاطا "
            "موازيا حول الآليات الوطنية الإفريقية للوقاية من التعذيب.",
            "fr": "Le Conseil a fait huit déclarations orales aux trois sessions 2021 du Conseil des droits de l'homme "
            "et organisé un événement parallèle sur les mécanismes africains de prévention de la torture.",
            "en": "The Council made eight oral statements at the three 2021 sessions of the Human Rights Council and "
            "held a side event on African mechanisms for the prevention of torture.",
        },
        "body": {
            "ar": "<p>أدلى المجلس الوطني لحقوق الإنسان، خلال الدورات الثلاث التي عقدها مجلس حقوق الإنسان سنة 2021، "
            "بثمانية بيانات شفوية.</p><p>وتناولت هذه البيانات حقوق الأشخاص في وضعية إعاقة، والوقاية من التعذيب، "
            "وعقوبة الإعدام، والأطفال في النزاعات المسلحة، والمقاولات وحقوق الإنسان، والاحتجاجات السلمية، والتربية "
            "والتكوين في مجال حقوق الإنسان.</p><p>كما نظم المجلس نشاطا موازيا حول الآليات الوطنية الإفريقية "
            "للوقاية من التعذيب في ظل جائحة كوفيد-19.</p>",
            "fr": "<p>Au cours des trois sessions tenues par le Conseil des droits de l'homme en 2021, le Conseil "
            "national des droits de l'Homme a fait huit déclarations orales.</p><p>Elles ont porté sur les droits des "
            "personnes handicapées, la prévention de la torture, la peine de mort, les enfants dans les conflits "
            "armés, les entreprises et les droits de l'homme, les manifestations pacifiques, ainsi que l'éducation et "
            "la formation aux droits de l'homme.</p><p>Le Conseil a également organisé un événement parallèle sur "
            "les mécanismes nationaux africains de prévention de la torture face à la pandémie de COVID-19.</p>",
            "en": "<p>Over the three sessions the Human Rights Council held in 2021, the National Human Rights Council "
            "made eight oral statements.</p><p>They dealt with the rights of persons with disabilities, torture "
            "prevention, the death penalty, children in armed conflict, business and human rights, peaceful protests, "
            "and human rights education and training.</p><p>The Council also held a side event on African national "
            "preventive mechanisms against torture during the COVID-19 pandemic.</p>",
        },
    },
    {
        "slug": "review-2021-office-of-the-high-commissioner",
        "date": (2021, 12, 20),
        "kind": "news",
        "partners": ["ohchr"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: رئيسة المجلس ضمن خمس نساء قياديات في مجال المساواة بين الجنسين",
            "fr": "Bilan 2021 : la présidente du Conseil parmi cinq femmes leaders de l'égalité entre les sexes",
            "en": "2021 in review: the Council's president among five women leaders for gender equality",
        },
        "summary": {
            "ar": "اختارت المفوضية السامية لحقوق الإنسان السيدة آمنة بوعياش ضمن خمس نساء قياديات، ومنحت المجلس "
            "الكلمة باسم شمال إفريقيا في حوارها حول كوفيد-19.",
            "fr": "Le Haut-Commissariat a distingué Amina Bouayach parmi cinq femmes leaders et a donné la parole au "
            "Conseil, pour l'Afrique du Nord, dans son dialogue sur la COVID-19.",
            "en": "The Office of the High Commissioner named Amina Bouayach among five women leaders and gave the "
            "Council the floor for North Africa in its dialogue on COVID-19.",
        },
        "body": {
            "ar": "<p>اختارت المفوضية السامية لحقوق الإنسان سنة 2021 رئيسة المجلس الوطني لحقوق الإنسان، السيدة آمنة "
            "بوعياش، ضمن خمس نساء قياديات في مجال المساواة بين الجنسين.</p><p>واختارت المفوضية المجلس أيضا للتحدث "
            "باسم مؤسسات شمال إفريقيا في الحوار التفاعلي مع المفوضة السامية ميشيل باشليت حول جائحة كوفيد-19.</p>"
            "<p>وساهم المجلس كذلك في دراسة «كوفيد-19 والمؤسسات الوطنية لحقوق الإنسان» التي أنجزها التحالف العالمي "
            "مع المفوضية السامية وبرنامج الأمم المتحدة الإنمائي.</p>",
            "fr": "<p>En 2021, le Haut-Commissariat des Nations Unies aux droits de l'homme a cité la présidente du "
            "Conseil national des droits de l'Homme, Amina Bouayach, parmi cinq femmes leaders de l'égalité entre les "
            "sexes.</p><p>Il a aussi choisi le Conseil pour s'exprimer au nom de l'Afrique du Nord lors du dialogue "
            "interactif avec la Haute-Commissaire Michelle Bachelet sur la pandémie de COVID-19.</p><p>Le Conseil a "
            "par ailleurs contribué à l'étude « La COVID-19 et les INDH », menée par GANHRI avec le Haut-Commissariat "
            "et le PNUD.</p>",
            "en": "<p>In 2021 the United Nations Office of the High Commissioner for Human Rights named the president "
            "of the National Human Rights Council, Amina Bouayach, among five women leaders for gender "
            "equality.</p><p>The Office also chose the Council to speak for North Africa in the interactive dialogue "
            "with High Commissioner Michelle Bachelet on the COVID-19 pandemic.</p><p>The Council contributed, too, "
            "to the study \u201cCOVID-19 and NHRIs\u201d carried out by GANHRI with the Office and UNDP.</p>",
        },
    },
    {
        "slug": "review-2021-universal-periodic-review",
        "date": (2021, 12, 21),
        "kind": "news",
        "partners": ["upr", "ohchr"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: المجلس والاستعراض الدوري الشامل",
            "fr": "Bilan 2021 : le Conseil et l'Examen périodique universel",
            "en": "2021 in review: the Council and the Universal Periodic Review",
        },
        "summary": {
            "ar": "نظم المجلس تكوينا حول مشاركة الشباب في الاستعراض الدوري الشامل، وشارك في دراسة للمفوضية السامية "
            "حول ممارساته الفضلى الناشئة.",
            "fr": "Le Conseil a organisé une formation sur la participation des jeunes à l'Examen périodique universel "
            "et pris part à une étude du Haut-Commissariat sur ses bonnes pratiques émergentes.",
            "en": "The Council ran a training on youth participation in the Universal Periodic Review and joined a "
            "study by the Office of the High Commissioner on its emerging good practices.",
        },
        "body": {
            "ar": "<p>يرتقب أن يخضع المغرب للاستعراض في إطار الجولة الرابعة من الاستعراض الدوري الشامل في نهاية سنة 2022. "
            "ونظم المجلس الوطني لحقوق الإنسان سنة 2021 تكوينا حول مشاركة الشباب في هذه الآلية.</p>"
            "<p>واختارت المفوضية السامية لحقوق الإنسان المجلس، إلى جانب المؤسسات الوطنية للدنمارك وجورجيا وكينيا "
            "وماليزيا ونيوزيلندا والبيرو، لإنجاز دراسة حول الممارسات الفضلى الناشئة في إطار الاستعراض.</p>",
            "fr": "<p>L'examen du Maroc au titre du quatrième cycle de l'Examen périodique universel est attendu à la "
            "fin de 2022. En 2021, le Conseil national des droits de l'Homme a organisé une "
            "formation sur la participation des jeunes à ce mécanisme.</p><p>Le Haut-Commissariat aux droits de "
            "l'homme a par ailleurs associé le Conseil, avec les institutions nationales du Danemark, de Géorgie, du "
            "Kenya, de Malaisie, de Nouvelle-Zélande et du Pérou, à une étude sur les bonnes pratiques émergentes de "
            "l'Examen.</p>",
            "en": "<p>Morocco's review under the fourth cycle of the Universal Periodic Review is expected at the end of "
            "2022. In 2021 the National Human Rights Council ran a training on the participation "
            "of young people in the mechanism.</p><p>The Office of the High Commissioner for Human Rights also "
            "brought the Council together with the national institutions of Denmark, Georgia, Kenya, Malaysia, New "
            "Zealand and Peru for a study of emerging good practices in the Review.</p>",
        },
    },
    {
        "slug": "review-2021-migration",
        "date": (2021, 12, 22),
        "kind": "news",
        "partners": ["un-network-on-migration", "nanhri-migration", "cmw"],
        "report": "cmw-parallel",
        "title": {
            "ar": "حصيلة 2021: حقوق المهاجرين بين جنيف والشبكة الإفريقية",
            "fr": "Bilan 2021 : les droits des migrants, de Genève au réseau africain",
            "en": "2021 in review: migrants' rights, from Geneva to the African network",
        },
        "summary": {
            "ar": "قدم المجلس تقريرا موازيا إلى لجنة العمال المهاجرين، ونقل إلى شبكة الأمم المتحدة المعنية بالهجرة "
            "نتائج مشاورات المؤسسات الوطنية الإفريقية.",
            "fr": "Le Conseil a remis un rapport parallèle au Comité des travailleurs migrants et transmis au Réseau "
            "des Nations Unies sur les migrations les conclusions des institutions nationales africaines.",
            "en": "The Council sent a parallel report to the Committee on Migrant Workers and passed the findings of "
            "African national institutions to the United Nations Network on Migration.",
        },
        "body": {
            "ar": "<p>بعد قبول الحكومة المسطرة المبسطة لتقديم التقرير الدوري الثاني بموجب الاتفاقية الدولية لحماية "
            "حقوق جميع العمال المهاجرين وأفراد أسرهم، وجه المجلس الوطني لحقوق الإنسان إلى اللجنة المعنية تقريرا "
            "موازيا حول قائمة القضايا، يغطي التطورات المسجلة منذ سنة 2013.</p><p>وقدم المجلس إلى شبكة الأمم المتحدة "
            "المعنية بالهجرة نتائج مشاورات المؤسسات الوطنية الإفريقية حول الميثاق العالمي من أجل الهجرة، استعدادا "
            "للمنتدى الدولي لاستعراض الهجرة لسنة 2022.</p><p>وأعيد انتخاب المجلس رئيسا لفريق العمل المعني بالهجرة "
            "داخل شبكة المؤسسات الوطنية الإفريقية لحقوق الإنسان.</p>",
            "fr": "<p>Le gouvernement ayant accepté la procédure simplifiée pour le deuxième rapport périodique au titre "
            "de la Convention sur les travailleurs migrants, le Conseil national des droits de l'Homme a adressé au "
            "Comité un rapport parallèle sur la liste de points, couvrant les évolutions intervenues depuis "
            "2013.</p><p>Le Conseil a remis au Réseau des Nations Unies sur les migrations les résultats des "
            "consultations des institutions nationales africaines sur le Pacte mondial pour les migrations, en vue du "
            "Forum d'examen des migrations internationales de 2022.</p><p>Il a aussi été réélu à la présidence du "
            "groupe de travail sur les migrations du Réseau des institutions nationales africaines des droits de "
            "l'homme.</p>",
            "en": "<p>With the government having accepted the simplified procedure for the second periodic report under "
            "the Migrant Workers Convention, the National Human Rights Council sent the Committee a parallel report on "
            "the list of issues, covering developments since 2013.</p><p>The Council gave the United Nations Network "
            "on Migration the outcome of the consultations of African national institutions on the Global Compact for "
            "Migration, ahead of the International Migration Review Forum 2022.</p><p>It was also re-elected to chair "
            "the working group on migration of the Network of African National Human Rights Institutions.</p>",
        },
    },
    {
        "slug": "review-2021-childrens-rights-working-group",
        "date": (2021, 12, 23),
        "kind": "news",
        "partners": ["nanhri", "nanhri-childrens-rights"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: فريق عمل جديد حول حقوق الطفل داخل الشبكة الإفريقية",
            "fr": "Bilan 2021 : un nouveau groupe de travail sur les droits de l'enfant au sein du réseau africain",
            "en": "2021 in review: a new working group on children's rights in the African network",
        },
        "summary": {
            "ar": "أحدثت شبكة المؤسسات الوطنية الإفريقية لحقوق الإنسان، باقتراح من المجلس، فريق عمل حول حقوق الطفل.",
            "fr": "Sur proposition du Conseil, le Réseau des institutions nationales africaines a créé un groupe de "
            "travail sur les droits de l'enfant.",
            "en": "On the Council's proposal, the Network of African National Human Rights Institutions set up a "
            "working group on children's rights.",
        },
        "body": {
            "ar": "<p>أحدثت شبكة المؤسسات الوطنية الإفريقية لحقوق الإنسان سنة 2021 فريق عمل جديدا حول حقوق الطفل، "
            "بناء على اقتراح من المجلس الوطني لحقوق الإنسان الذي أصبح عضوا فيه.</p><p>ويظل المجلس عضوا في اللجنة "
            "التوجيهية للشبكة.</p>",
            "fr": "<p>En 2021, le Réseau des institutions nationales africaines des droits de l'homme a créé un nouveau "
            "groupe de travail sur les droits de l'enfant, sur proposition du Conseil national des droits de l'Homme, "
            "qui en est membre.</p><p>Le Conseil reste membre du comité directeur du Réseau.</p>",
            "en": "<p>In 2021 the Network of African National Human Rights Institutions created a new working group on "
            "children's rights, on a proposal from the National Human Rights Council, which is one of its "
            "members.</p><p>The Council remains a member of the Network's Steering Committee.</p>",
        },
    },
    {
        "slug": "review-2021-special-procedures-seminars",
        "date": (2021, 12, 24),
        "kind": "news",
        "partners": ["special-procedures", "wgeid"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: خبراء أمميون في ندوات المجلس",
            "fr": "Bilan 2021 : des experts des Nations Unies aux séminaires du Conseil",
            "en": "2021 in review: United Nations experts at the Council's seminars",
        },
        "summary": {
            "ar": "شارك خبراء من الإجراءات الخاصة في ندوات المجلس حول التغير المناخي والفقر المدقع وحقوق الأشخاص في "
            "وضعية إعاقة.",
            "fr": "Des experts des procédures spéciales ont participé aux séminaires du Conseil sur le changement "
            "climatique, l'extrême pauvreté et les droits des personnes handicapées.",
            "en": "Special procedures experts took part in the Council's seminars on climate change, extreme poverty "
            "and the rights of persons with disabilities.",
        },
        "body": {
            "ar": "<p>شارك خبراء من الإجراءات الخاصة للأمم المتحدة سنة 2021 في ندوات نظمها المجلس الوطني لحقوق الإنسان "
            "حول التغير المناخي، والفقر المدقع، وحقوق الأشخاص في وضعية إعاقة.</p><p>وواصل المجلس الرد على الحالات "
            "المعروضة على الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي.</p>",
            "fr": "<p>En 2021, des experts des procédures spéciales des Nations Unies ont pris part aux séminaires du "
            "Conseil national des droits de l'Homme sur le changement climatique, l'extrême pauvreté et les droits des "
            "personnes handicapées.</p><p>Le Conseil a continué de répondre sur les cas inscrits auprès du Groupe de "
            "travail sur les disparitions forcées ou involontaires.</p>",
            "en": "<p>In 2021 experts of the United Nations special procedures took part in the National Human Rights "
            "Council's seminars on climate change, extreme poverty and the rights of persons with "
            "disabilities.</p><p>The Council kept replying on the cases listed by the Working Group on Enforced or "
            "Involuntary Disappearances.</p>",
        },
    },
    {
        "slug": "review-2021-torture-prevention",
        "date": (2021, 12, 27),
        "kind": "news",
        "partners": ["council-of-europe", "dignity", "spt"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: برنامج لدعم الآلية الوطنية للوقاية من التعذيب ومذكرة مع «ديغنيتي»",
            "fr": "Bilan 2021 : un programme pour le mécanisme national de prévention de la torture, un mémorandum avec DIGNITY",
            "en": "2021 in review: a programme for the national preventive mechanism, and a memorandum with DIGNITY",
        },
        "summary": {
            "ar": "يدعم برنامج مشترك مع مجلس أوروبا للفترة 2020-2023 الآلية الوطنية للوقاية من التعذيب، ويرتبط "
            "المجلس كذلك بمذكرة تفاهم مع معهد «ديغنيتي».",
            "fr": "Un programme conjoint avec le Conseil de l'Europe pour 2020-2023 appuie le mécanisme national de "
            "prévention ; le Conseil est aussi lié à l'institut DIGNITY par un mémorandum.",
            "en": "A joint programme with the Council of Europe for 2020-2023 supports the national preventive "
            "mechanism; the Council also has a memorandum of understanding with DIGNITY.",
        },
        "body": {
            "ar": "<p>تواصل خلال سنة 2021 تنفيذ البرنامج المشترك لتقوية القدرات بين المجلس الوطني لحقوق الإنسان ومجلس "
            "أوروبا للفترة 2020-2023، الذي يدعم الآلية الوطنية للوقاية من التعذيب.</p><p>ويرتبط المجلس كذلك بمذكرة "
            "تفاهم مع «ديغنيتي»، المعهد الدنماركي لمناهضة التعذيب، موقعة في دجنبر 2019.</p><p>أما تقرير الزيارة التي "
            "قامت بها اللجنة الفرعية لمنع التعذيب إلى المغرب في أكتوبر 2017، فلم يكن قد نشر بعد في دجنبر 2021.</p>",
            "fr": "<p>L'année 2021 a vu se poursuivre le programme conjoint de renforcement des capacités du Conseil "
            "national des droits de l'Homme et du Conseil de l'Europe pour 2020-2023, qui appuie le mécanisme "
            "national de prévention de la torture.</p><p>Le Conseil est aussi lié par un mémorandum d'entente, signé "
            "en décembre 2019, à DIGNITY, l'Institut danois contre la torture.</p><p>Le rapport de la visite effectuée "
            "au Maroc en octobre 2017 par le Sous-comité pour la prévention de la torture n'était, lui, toujours pas "
            "publié en décembre 2021.</p>",
            "en": "<p>In 2021 the joint capacity-building programme of the National Human Rights Council and the "
            "Council of Europe for 2020-2023, which supports the national preventive mechanism against torture, "
            "continued.</p><p>The Council also has a memorandum of understanding, signed in December 2019, with "
            "DIGNITY, the Danish Institute Against Torture.</p><p>The report on the Subcommittee on Prevention of "
            "Torture's October 2017 visit to Morocco was still unpublished in December 2021.</p>",
        },
    },
    {
        "slug": "review-2021-womens-rights",
        "date": (2021, 12, 28),
        "kind": "news",
        "partners": ["embassy-of-canada", "oxfam", "expo-2020-dubai", "ganhri-womens-rights"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: حقوق النساء والفتيات في صلب الشراكات",
            "fr": "Bilan 2021 : les droits des femmes et des filles au cœur des partenariats",
            "en": "2021 in review: the rights of women and girls at the heart of partnerships",
        },
        "summary": {
            "ar": "مشروع مع سفارة كندا وأوكسفام، وندوة في جناح المرأة بمعرض إكسبو 2020 دبي، وعضوية في فريق عمل "
            "التحالف العالمي حول حقوق النساء.",
            "fr": "Un projet avec l'ambassade du Canada et Oxfam, un séminaire au Pavillon des femmes d'Expo 2020 Dubaï "
            "et un siège au groupe de travail de GANHRI sur les droits des femmes.",
            "en": "A project with the Embassy of Canada and Oxfam, a seminar at the Women's Pavilion of Expo 2020 Dubai "
            "and a seat on GANHRI's working group on women's rights.",
        },
        "body": {
            "ar": "<p>ينفذ المجلس الوطني لحقوق الإنسان مع سفارة كندا بالمغرب ومنظمة أوكسفام مشروعا مشتركا حول حقوق "
            "النساء والفتيات وحول جمعيات حقوق النساء.</p><p>ونظم المجلس سنة 2021 ندوة حول حقوق النساء بالمغرب في "
            "جناح المرأة بمعرض إكسبو 2020 دبي.</p><p>وهو عضو في فريق العمل المعني بحقوق النساء داخل التحالف العالمي "
            "للمؤسسات الوطنية لحقوق الإنسان.</p>",
            "fr": "<p>Le Conseil national des droits de l'Homme mène avec l'ambassade du Canada au Maroc et Oxfam un "
            "projet commun sur les droits des femmes et des filles et sur les associations de défense des droits des "
            "femmes.</p><p>En 2021, le Conseil a tenu au Pavillon des femmes d'Expo 2020 Dubaï un séminaire sur les "
            "droits des femmes au Maroc.</p><p>Il siège au groupe de travail sur les droits des femmes de l'Alliance "
            "mondiale des institutions nationales des droits de l'homme.</p>",
            "en": "<p>The National Human Rights Council runs a joint project with the Embassy of Canada in Morocco and "
            "Oxfam on the rights of women and girls and on women's rights associations.</p><p>In 2021 the Council "
            "held a seminar on women's rights in Morocco at the Women's Pavilion of Expo 2020 Dubai.</p><p>It sits on "
            "the working group on women's rights of the Global Alliance of National Human Rights Institutions.</p>",
        },
    },
    {
        "slug": "review-2021-african-national-institutions",
        "date": (2021, 12, 29),
        "kind": "news",
        "partners": ["cndh-mauritania", "nccl-libya", "nhri-cote-d-ivoire", "nhri-cameroon", "nhri-south-africa"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: تكوينات وتبادل مع مؤسسات وطنية إفريقية",
            "fr": "Bilan 2021 : formations et échanges avec des institutions nationales africaines",
            "en": "2021 in review: training and exchanges with African national institutions",
        },
        "summary": {
            "ar": "استفادت أطر اللجنة الموريتانية وأعضاء المجلس الليبي من تكوينات، وتبادل المجلس مع مؤسسات كوت "
            "ديفوار والكاميرون وجنوب إفريقيا.",
            "fr": "Le personnel de la commission mauritanienne et les membres du conseil libyen ont été formés ; des "
            "échanges ont eu lieu avec les institutions de Côte d'Ivoire, du Cameroun et d'Afrique du Sud.",
            "en": "Staff of the Mauritanian commission and members of the Libyan council were trained, and the Council "
            "held exchanges with the institutions of Côte d'Ivoire, Cameroon and South Africa.",
        },
        "body": {
            "ar": "<p>بعد مذكرة التفاهم الموقعة في يناير 2021، نظم المجلس الوطني لحقوق الإنسان دورة تكوينية لفائدة أطر "
            "اللجنة الوطنية لحقوق الإنسان بموريتانيا.</p><p>واستفاد أعضاء المجلس الوطني للحريات العامة وحقوق الإنسان "
            "بليبيا بدورهم من دورة تكوينية.</p><p>وأجرى المجلس خلال السنة تبادلات مع المؤسسات الوطنية لحقوق الإنسان "
            "بكوت ديفوار والكاميرون وجنوب إفريقيا.</p>",
            "fr": "<p>À la suite du mémorandum d'entente signé en janvier 2021, le Conseil national des droits de "
            "l'Homme a organisé une formation pour le personnel de la Commission nationale des droits de l'Homme de "
            "Mauritanie.</p><p>Les membres du Conseil national des libertés civiles et des droits de l'homme de Libye "
            "ont eux aussi suivi une formation.</p><p>Au cours de l'année, le Conseil a également échangé avec les "
            "institutions nationales des droits de l'homme de Côte d'Ivoire, du Cameroun et d'Afrique du Sud.</p>",
            "en": "<p>Following the memorandum of understanding signed in January 2021, the National Human Rights "
            "Council ran a training for the staff of Mauritania's National Human Rights Commission.</p><p>Members of "
            "Libya's National Council for Civil Liberties and Human Rights also attended a training.</p><p>During the "
            "year the Council held exchanges with the national human rights institutions of Côte d'Ivoire, Cameroon "
            "and South Africa.</p>",
        },
    },
    {
        "slug": "review-2021-human-rights-education-violent-extremism",
        "date": (2021, 12, 30),
        "kind": "news",
        "partners": ["community-of-democracies", "ministry-of-foreign-affairs", "mohammedia-league-of-scholars"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: التربية على حقوق الإنسان في مواجهة التطرف العنيف",
            "fr": "Bilan 2021 : l'éducation aux droits de l'homme face à l'extrémisme violent",
            "en": "2021 in review: human rights education against violent extremism",
        },
        "summary": {
            "ar": "تكوين مشترك مع الأمانة الدائمة لمجتمع الديمقراطيات ووزارة الخارجية والرابطة المحمدية للعلماء.",
            "fr": "Une formation commune avec le Secrétariat permanent de la Communauté des démocraties, le ministère "
            "des Affaires étrangères et la Rabita Mohammadia des oulémas.",
            "en": "A joint training with the Permanent Secretariat of the Community of Democracies, the Ministry of "
            "Foreign Affairs and the Mohammedia League of Scholars.",
        },
        "body": {
            "ar": "<p>نظم المجلس الوطني لحقوق الإنسان سنة 2021، مع الأمانة الدائمة لمجتمع الديمقراطيات، تكوينا حول "
            "التربية على حقوق الإنسان ومكافحة التطرف العنيف.</p><p>وشارك في تنظيمه وزارة الشؤون الخارجية والتعاون "
            "الإفريقي والمغاربة المقيمين بالخارج، والرابطة المحمدية للعلماء.</p>",
            "fr": "<p>En 2021, le Conseil national des droits de l'Homme a organisé avec le Secrétariat permanent de la "
            "Communauté des démocraties une formation sur l'éducation aux droits de l'homme et la lutte contre "
            "l'extrémisme violent.</p><p>Le ministère des Affaires étrangères, de la Coopération africaine et des "
            "Marocains résidant à l'étranger et la Rabita Mohammadia des oulémas y ont été associés.</p>",
            "en": "<p>In 2021 the National Human Rights Council and the Permanent Secretariat of the Community of "
            "Democracies organised a training on human rights education and countering violent "
            "extremism.</p><p>The Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates and the "
            "Mohammedia League of Scholars took part in organising it.</p>",
        },
    },
    {
        "slug": "review-2021-treaty-reporting",
        "date": (2021, 12, 31),
        "kind": "news",
        "partners": ["ced", "cerd", "committee-against-torture", "cmw"],
        "report": "annual",
        "title": {
            "ar": "حصيلة 2021: أين وصلت تقارير المغرب إلى هيئات المعاهدات؟",
            "fr": "Bilan 2021 : où en sont les rapports du Maroc aux organes de traités ?",
            "en": "2021 in review: where Morocco stands with its reports to the treaty bodies",
        },
        "summary": {
            "ar": "صادق المغرب على الاتفاقيات الأساسية التسع، وقدم تقريره الأولي بشأن الاختفاء القسري، فيما لا يزال "
            "تقريره الخامس إلى لجنة مناهضة التعذيب متأخرا.",
            "fr": "Le Maroc est partie aux neuf traités fondamentaux ; il a présenté son rapport initial sur les "
            "disparitions forcées, mais son cinquième rapport au Comité contre la torture reste en retard.",
            "en": "Morocco is party to all nine core treaties; it has submitted its initial report on enforced "
            "disappearance, but its fifth report to the Committee against Torture is still overdue.",
        },
        "body": {
            "ar": "<p>صادق المغرب على الاتفاقيات الأساسية التسع للأمم المتحدة لحقوق الإنسان أو انضم إليها، وعلى أربعة "
            "بروتوكولات اختيارية، ولم تسجل أي مصادقة جديدة سنة 2021.</p><p>وقدم المغرب تقريره الأولي إلى اللجنة "
            "المعنية بحالات الاختفاء القسري. أما تقاريره الدورية من 19 إلى 21، التي تسلمتها لجنة القضاء على "
            "التمييز العنصري في دجنبر 2020، فلم تبرمج دراستها بعد.</p><p>وبالمقابل، كان التقرير الدوري الخامس إلى "
            "لجنة مناهضة التعذيب مستحقا منذ نونبر 2015 ولم يقدم بعد. ويجلس خبراء مغاربة في ثماني هيئات من أصل عشر "
            "هيئات أممية للمعاهدات.</p>",
            "fr": "<p>Le Maroc a ratifié les neuf traités fondamentaux des Nations Unies relatifs aux droits de l'homme, "
            "ou y a adhéré, ainsi que quatre protocoles facultatifs ; aucune ratification nouvelle n'est intervenue en "
            "2021.</p><p>Il a présenté son rapport initial au Comité des disparitions forcées. Ses rapports "
            "périodiques 19 à 21, reçus en décembre 2020 par le Comité pour l'élimination de la discrimination "
            "raciale, n'ont pas encore été inscrits à l'ordre du jour.</p><p>Le cinquième rapport périodique au "
            "Comité contre la torture, attendu depuis novembre 2015, n'a en revanche toujours pas été remis. Des "
            "experts marocains siègent dans huit des dix organes de traités.</p>",
            "en": "<p>Morocco has ratified or acceded to all nine core United Nations human rights treaties and four "
            "optional protocols; there was no new ratification in 2021.</p><p>It has submitted its initial report to "
            "the Committee on Enforced Disappearances. Its 19th to 21st periodic reports, received by the Committee on "
            "the Elimination of Racial Discrimination in December 2020, have not yet been scheduled for "
            "review.</p><p>The fifth periodic report to the Committee against Torture, due since November 2015, has "
            "on the other hand still not been submitted. Moroccan experts sit on eight of the ten treaty bodies.</p>",
        },
    },
]

# One delivered edition of the newsletter, so that the public archive shows what subscribers receive.
# It went out on the first working day of 2022 with the year-in-review series.
