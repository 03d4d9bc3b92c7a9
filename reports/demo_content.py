"""Texts of the demo content: the 2021 annual report and its international cooperation chapter."""

REPORT_2021 = {
    "slug": "annual-report-2021",
    "title": {
        "ar": "التقرير السنوي برسم سنة 2021",
        "fr": "Rapport annuel 2021",
        "en": "Annual report 2021",
        "zgh": "ⴰⵏⴰⵍⴽⴰⵎ ⴰⵙⴳⴳⵓⵙⴰⵏ 2021",
    },
    "summary": {
        "ar": (
            "يعرض هذا التقرير حصيلة عمل المجلس الوطني لحقوق الإنسان خلال سنة 2021. "
            "ويخصص أحد فصوله لعلاقات التعاون التي أقامها المجلس على المستوى الدولي، "
            "مع منظومة الأمم المتحدة لحقوق الإنسان والاتحاد الإفريقي والمؤسسات الأوروبية "
            "والشبكات الدولية والإقليمية للمؤسسات الوطنية لحقوق الإنسان وهيئات ومنظمات دولية أخرى."
        ),
        "fr": (
            "Ce rapport rend compte de l'action du Conseil national des droits de l'Homme au cours de l'année 2021. "
            "L'un de ses chapitres est consacré aux relations de coopération que le Conseil a entretenues au niveau "
            "international : avec le système des droits de l'homme des Nations Unies, l'Union africaine, les "
            "institutions européennes, les réseaux internationaux et régionaux d'institutions nationales des droits "
            "de l'homme et d'autres organismes et organisations internationaux."
        ),
        "en": (
            "This report gives an account of the work of the National Human Rights Council during 2021. "
            "One of its chapters is devoted to the Council's cooperation at the international level: with the "
            "United Nations human rights system, the African Union, European institutions, the international and "
            "regional networks of national human rights institutions, and other international bodies and organisations."
        ),
    },
    "cover_alt": {
        "ar": "غلاف التقرير السنوي للمجلس الوطني لحقوق الإنسان برسم سنة 2021",
        "fr": "Couverture du rapport annuel 2021 du Conseil national des droits de l'Homme",
        "en": "Cover of the National Human Rights Council's annual report for 2021",
    },
}

CHAPTER_2021 = {
    "slug": "international-cooperation",
    "title": {
        "ar": "علاقات التعاون على المستوى الدولي حسب التقرير السنوي للمجلس برسم سنة 2021",
        "fr": "Les relations de coopération au niveau international selon le rapport annuel du Conseil pour l'année 2021",
        "en": "Cooperation relations at the international level according to the Council's annual report for 2021",
        "zgh": "ⴰⵎⵢⴰⵡⴰⵙ ⴰⴳⵔⴰⵖⵍⴰⵏ ⴳ ⵓⵏⴰⵍⴽⴰⵎ ⴰⵙⴳⴳⵓⵙⴰⵏ ⵏ 2021",
    },
    "body": {
        # Arabic: the reference version.
        "ar": (
            "<p>يستعرض هذا الفصل من التقرير السنوي للمجلس الوطني لحقوق الإنسان برسم سنة 2021 علاقات التعاون "
            "التي نسجها المجلس على المستوى الدولي خلال هذه السنة. فبصفته مؤسسة وطنية معتمدة في الدرجة «أ» "
            "طبقا لمبادئ باريس من قبل التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان، واصل المجلس تفاعله مع "
            "منظومة الأمم المتحدة لحقوق الإنسان، ومع هيئات الاتحاد الإفريقي والمؤسسات الأوروبية، وانخرط في أشغال "
            "الشبكات الدولية والإقليمية للمؤسسات الوطنية، كما طور شراكاته مع عدد من الهيئات والمنظمات الدولية "
            "غير الحكومية.</p>"
            "<h2>منظومة الأمم المتحدة لحقوق الإنسان</h2>"
            "<p>شكلت منظومة الأمم المتحدة لحقوق الإنسان محورا أساسيا في عمل المجلس على الصعيد الدولي، سواء من خلال "
            "تفاعله مع هيئات المعاهدات والإجراءات الخاصة، أو مشاركته في أشغال مجلس حقوق الإنسان ومواكبته لآلية "
            "الاستعراض الدوري الشامل، أو تعاونه مع المفوضية السامية لحقوق الإنسان ومع وكالات الأمم المتحدة العاملة "
            "بالمغرب.</p>"
            "<h3>هيئات المعاهدات</h3>"
            "<p>صادقت المملكة المغربية على الاتفاقيات الأساسية التسع لحقوق الإنسان الصادرة عن الأمم المتحدة أو انضمت "
            "إليها، كما انضمت إلى أربعة من البروتوكولات الاختيارية الملحقة بها، ولم تسجل سنة 2021 أي مصادقة جديدة. "
            "ويحضر الخبراء المغاربة في 8 من أصل 10 هيئات أممية منشأة بموجب المعاهدات.</p>"
            "<p>ويتابع المجلس مسار تقديم التقارير الوطنية أمام هذه الهيئات ومناقشتها، ويسهم فيه بتقاريره الموازية. "
            "ويلخص الجدول التالي وضعية أبرز هذه المسارات في نهاية سنة 2021:</p>"
            "<table><thead><tr><th>الصك الدولي</th><th>الهيئة المعنية</th><th>الوضعية في نهاية سنة 2021</th></tr></thead>"
            "<tbody>"
            "<tr><td>الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم</td>"
            "<td>اللجنة المعنية بالعمال المهاجرين</td>"
            "<td>قبلت الحكومة الإجراء المبسط لتقديم التقرير الدوري الثاني، ووجه المجلس إلى اللجنة تقريرا موازيا بشأن "
            "قائمة القضايا يغطي التطورات المسجلة منذ سنة 2013.</td></tr>"
            "<tr><td>الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري</td>"
            "<td>اللجنة المعنية بحالات الاختفاء القسري</td>"
            "<td>قدم المغرب تقريره الأولي.</td></tr>"
            "<tr><td>الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري</td>"
            "<td>لجنة القضاء على التمييز العنصري</td>"
            "<td>توصلت اللجنة في 28 دجنبر 2020 بالتقارير الدورية من التاسع عشر إلى الحادي والعشرين في وثيقة "
            "واحدة، ولم تكن مناقشتها قد برمجت بعد إلى غاية نهاية سنة 2021.</td></tr>"
            "<tr><td>اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة</td>"
            "<td>لجنة مناهضة التعذيب</td>"
            "<td>حل أجل تقديم التقرير الدوري الخامس في نونبر 2015، ولم يقدم بعد.</td></tr>"
            "<tr><td>البروتوكول الاختياري الملحق باتفاقية مناهضة التعذيب</td>"
            "<td>اللجنة الفرعية لمنع التعذيب</td>"
            "<td>زارت اللجنة الفرعية المغرب في أكتوبر 2017، وظل تقرير زيارتها غير منشور إلى حدود دجنبر 2021.</td></tr>"
            "</tbody></table>"
            "<h3>مجلس حقوق الإنسان</h3>"
            "<p>شارك المجلس في الدورات الثلاث التي عقدها مجلس حقوق الإنسان سنة 2021، وألقى خلالها 8 مداخلات شفوية "
            "توزعت على المواضيع التالية:</p>"
            "<ul>"
            "<li>حقوق الأشخاص في وضعية إعاقة؛</li>"
            "<li>الوقاية من التعذيب؛</li>"
            "<li>عقوبة الإعدام؛</li>"
            "<li>الأطفال في النزاعات المسلحة؛</li>"
            "<li>المقاولات وحقوق الإنسان؛</li>"
            "<li>الاحتجاجات السلمية؛</li>"
            "<li>التربية والتكوين في مجال حقوق الإنسان.</li>"
            "</ul>"
            "<p>كما نظم المجلس، على هامش أشغال مجلس حقوق الإنسان، نشاطا موازيا خصصه للآليات الوطنية الإفريقية "
            "للوقاية من التعذيب في سياق جائحة كوفيد-19.</p>"
            "<h3>الاستعراض الدوري الشامل</h3>"
            "<p>في أفق الاستعراض الدوري الشامل للمغرب برسم الجولة الرابعة، المرتقب في نهاية سنة 2022، نظم المجلس "
            "دورة تكوينية حول مشاركة الشباب في هذه الآلية.</p>"
            "<p>ومن جهة أخرى، أنجزت بطلب من المفوضية السامية لحقوق الإنسان دراسة حول الممارسات الفضلى الناشئة في "
            "مجال الاستعراض الدوري الشامل، شملت المجلس إلى جانب المؤسسات الوطنية لحقوق الإنسان في كل من الدنمارك "
            "وجورجيا وكينيا وماليزيا ونيوزيلندا والبيرو.</p>"
            "<h3>الإجراءات الخاصة</h3>"
            "<p>حرص المجلس على إشراك آليات الإجراءات الخاصة في عدد من أنشطته، إذ شارك خبراء أمميون في ندوات نظمها "
            "حول التغير المناخي والفقر المدقع وحقوق الأشخاص في وضعية إعاقة.</p>"
            "<p>وفي ما يخص الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي، واصل المجلس تقديم أجوبته "
            "بشأن الحالات المدرجة في قوائم الفريق.</p>"
            "<h3>المفوضية السامية لحقوق الإنسان</h3>"
            '<p>تميزت علاقات المجلس مع <a href="https://www.ohchr.org">المفوضية السامية لحقوق الإنسان</a> خلال '
            "سنة 2021 بعدة محطات، أبرزها:</p>"
            "<ul>"
            "<li>اختيار المفوضية رئيسة المجلس، السيدة آمنة بوعياش، ضمن خمس نساء قياديات في مجال النهوض "
            "بالمساواة بين الجنسين؛</li>"
            "<li>توجيه المجلس إلى المفوضية وثيقتين حول الأقاليم الجنوبية، الأولى في مارس 2021 والثانية في "
            "شتنبر 2021؛</li>"
            "<li>اختيار المفوضية المجلس ليتحدث باسم منطقة شمال إفريقيا في الحوار التفاعلي مع المفوضة السامية "
            "لحقوق الإنسان، السيدة ميشيل باشليه، حول جائحة كوفيد-19.</li>"
            "</ul>"
            "<h3>مجلس الأمن</h3>"
            "<p>رحب مجلس الأمن الدولي، في قراره رقم 2602 الصادر في 29 أكتوبر 2021، بالدور الذي تضطلع به كل من "
            "اللجنة الجهوية لحقوق الإنسان العيون-الساقية الحمراء واللجنة الجهوية لحقوق الإنسان الداخلة-وادي "
            "الذهب.</p>"
            "<h3>وكالات الأمم المتحدة والهجرة</h3>"
            "<p>في مجال الهجرة، قدم المجلس إلى شبكة الأمم المتحدة المعنية بالهجرة خلاصات المشاورات التي أجرتها "
            "المؤسسات الوطنية الإفريقية لحقوق الإنسان بشأن الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، "
            "وذلك في أفق المنتدى الدولي لاستعراض الهجرة لسنة 2022.</p>"
            "<p>ويرتبط المجلس باتفاقيات شراكة مع وكالات الأمم المتحدة التالية العاملة بالمغرب:</p>"
            "<ul>"
            "<li>صندوق الأمم المتحدة للسكان؛</li>"
            "<li>المفوضية السامية للأمم المتحدة لشؤون اللاجئين؛</li>"
            "<li>منظمة الصحة العالمية.</li>"
            "</ul>"
            "<h2>الاتحاد الإفريقي</h2>"
            "<p>على المستوى الإفريقي، يواظب المجلس على حضور الدورات العادية "
            '<a href="https://achpr.au.int">للجنة الإفريقية لحقوق الإنسان والشعوب</a> والأنشطة الموازية المنظمة '
            "على هامشها، بما يتيح له مواكبة النقاش القاري حول قضايا حقوق الإنسان والتفاعل مع مختلف الفاعلين "
            "فيه.</p>"
            "<p>وتجدر الإشارة إلى أن المغرب لم يكن قد صادق، إلى غاية نهاية سنة 2021، على الميثاق الإفريقي لحقوق "
            "الإنسان والشعوب.</p>"
            "<h2>المؤسسات الأوروبية</h2>"
            "<p>تعددت أوجه تعاون المجلس مع المؤسسات الأوروبية خلال سنة 2021:</p>"
            "<ul>"
            '<li><strong><a href="https://www.coe.int">مجلس أوروبا</a>:</strong> يجمع المجلس بمجلس أوروبا '
            "برنامج مشترك لتعزيز القدرات يمتد من سنة 2020 إلى سنة 2023، ويهدف إلى دعم الآلية الوطنية للوقاية من "
            "التعذيب؛</li>"
            "<li><strong>الاتحاد الأوروبي:</strong> تواصلت علاقات المجلس مع مؤسسات الاتحاد الأوروبي، ومنها البرلمان "
            "الأوروبي، ولا سيما لجنته الفرعية لحقوق الإنسان.</li>"
            "</ul>"
            "<h2>الشبكات الدولية والإقليمية للمؤسسات الوطنية لحقوق الإنسان</h2>"
            "<p>يضطلع المجلس بدور نشيط داخل الشبكات الدولية والإقليمية للمؤسسات الوطنية لحقوق الإنسان، إذ يتحمل "
            "مسؤوليات في هيئاتها التقريرية ويسهم في أعمال مجموعاتها، إلى جانب علاقات التعاون الثنائي التي تربطه "
            "بعدد من نظرائه.</p>"
            "<h3>التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان</h3>"
            '<p>يضم <a href="https://ganhri.org">التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان</a> 128 مؤسسة '
            "عضوا. وقد تميزت سنة 2021 بالنسبة للمجلس داخل التحالف بما يلي:</p>"
            "<ul>"
            "<li>انتخابه عضوا في مكتب التحالف بتاريخ 2 نونبر 2021؛</li>"
            "<li>إعادة انتخابه عضوا في لجنة الاعتماد الفرعية، التي تولى رئاستها إلى غاية نهاية سنة 2021؛</li>"
            "<li>عضويته في مجموعتي العمل المعنيتين بالمقاولات وحقوق الإنسان وبحقوق المرأة؛</li>"
            "<li>مساهمته في الدراسة التي أنجزها التحالف سنة 2021 بشراكة مع المفوضية السامية لحقوق الإنسان وبرنامج "
            "الأمم المتحدة الإنمائي تحت عنوان «كوفيد-19 والمؤسسات الوطنية لحقوق الإنسان».</li>"
            "</ul>"
            "<h3>شبكة المؤسسات الوطنية الإفريقية لحقوق الإنسان</h3>"
            "<p>أعيد انتخاب المجلس رئيسا لمجموعة العمل المعنية بالهجرة داخل الشبكة، وهو عضو في لجنتها التوجيهية. "
            "كما أحدثت الشبكة، باقتراح من المجلس، مجموعة عمل جديدة خاصة بحقوق الطفل، أصبح المجلس عضوا فيها.</p>"
            "<h3>الشبكة العربية للمؤسسات الوطنية لحقوق الإنسان</h3>"
            "<p>يعد المجلس عضوا مؤسسا في الشبكة العربية للمؤسسات الوطنية لحقوق الإنسان، ويشغل عضوية لجنتها "
            "التنفيذية منذ إحداثها.</p>"
            "<h3>الجمعية الفرنكوفونية للجان الوطنية لحقوق الإنسان</h3>"
            "<p>يشغل المجلس عضوية مكتب الجمعية الفرنكوفونية للجان الوطنية لحقوق الإنسان.</p>"
            "<h3>التعاون الثنائي مع المؤسسات الوطنية لحقوق الإنسان</h3>"
            "<ul>"
            "<li><strong>موريتانيا:</strong> وقع المجلس مذكرة تفاهم مع اللجنة الوطنية لحقوق الإنسان بموريتانيا "
            "في 12 يناير 2021، أعقبتها دورة تكوينية لفائدة أطرها؛</li>"
            "<li><strong>ليبيا:</strong> نظم المجلس دورة تكوينية لفائدة أعضاء المجلس الوطني للحريات العامة وحقوق "
            "الإنسان؛</li>"
            "<li><strong>كوت ديفوار والكاميرون وجنوب إفريقيا:</strong> أجرى المجلس تبادلات مع المؤسسات الوطنية "
            "لحقوق الإنسان في هذه البلدان.</li>"
            "</ul>"
            "<h2>هيئات ومنظمات دولية غير حكومية أخرى</h2>"
            "<p>استقبل المجلس رؤساء البعثات الدبلوماسية لكل من إيطاليا والمملكة المتحدة والنمسا وفنلندا وكندا "
            "والنرويج وهولندا، كما استقبل وفودا من المكسيك وإيطاليا والبيرو.</p>"
            "<p>وعلى صعيد الشراكات مع الهيئات والمنظمات الدولية غير الحكومية:</p>"
            "<ul>"
            "<li>يرتبط المجلس بمذكرة تفاهم مع المعهد الدنماركي لمناهضة التعذيب (DIGNITY)، وقعت في دجنبر 2019؛</li>"
            "<li>ينجز المجلس مع سفارة كندا بالمغرب ومنظمة أوكسفام مشروعا مشتركا يتناول حقوق النساء والفتيات "
            "والجمعيات العاملة في مجال حقوق المرأة؛</li>"
            "<li>تجمع المجلس بمنظمة «جميعا ضد عقوبة الإعدام» (ECPM) شراكة من أجل إلغاء عقوبة الإعدام؛</li>"
            "<li>أسهم المجلس، إلى جانب الأمانة الدائمة لمجتمع الديمقراطيات ووزارة الشؤون الخارجية والتعاون الإفريقي "
            "والمغاربة المقيمين بالخارج والرابطة المحمدية للعلماء، في دورة تكوينية حول التربية على حقوق الإنسان "
            "والتصدي للتطرف العنيف؛</li>"
            "<li>كان المجلس حاضرا في معرض إكسبو 2020 دبي من خلال ندوة حول حقوق المرأة بالمغرب احتضنها جناح "
            "المرأة.</li>"
            "</ul>"
        ),
        "fr": (
            "<p>Ce chapitre du rapport annuel 2021 du Conseil national des droits de l'Homme présente les relations de "
            "coopération que le Conseil a développées au niveau international au cours de l'année. Institution "
            "nationale accréditée au statut « A » au regard des Principes de Paris par l'Alliance mondiale des "
            "institutions nationales des droits de l'homme, le Conseil a poursuivi son interaction avec le système des "
            "droits de l'homme des Nations Unies, les organes de l'Union africaine et les institutions européennes, "
            "s'est impliqué dans les travaux des réseaux internationaux et régionaux d'institutions nationales, et a "
            "développé ses partenariats avec plusieurs organismes internationaux et organisations non "
            "gouvernementales.</p>"
            "<h2>Le système des droits de l'homme des Nations Unies</h2>"
            "<p>Le système des droits de l'homme des Nations Unies a constitué un axe essentiel de l'action "
            "internationale du Conseil, qu'il s'agisse de son interaction avec les organes conventionnels et les "
            "procédures spéciales, de sa participation aux travaux du Conseil des droits de l'homme et de son suivi de "
            "l'Examen périodique universel, ou de sa coopération avec le Haut-Commissariat aux droits de l'homme et "
            "les agences des Nations Unies présentes au Maroc.</p>"
            "<h3>Les organes conventionnels</h3>"
            "<p>Le Maroc a ratifié les neuf principaux traités des Nations Unies relatifs aux droits de l'homme ou y a "
            "adhéré, de même qu'à quatre protocoles facultatifs ; aucune nouvelle ratification n'est intervenue en "
            "2021. Des experts marocains siègent au sein de 8 des 10 organes conventionnels des Nations Unies.</p>"
            "<p>Le Conseil suit la présentation et l'examen des rapports nationaux devant ces organes et y contribue "
            "par ses rapports parallèles. Le tableau ci-dessous résume l'état des principales procédures à la fin de "
            "l'année 2021 :</p>"
            "<table><thead><tr><th>Instrument</th><th>Organe</th><th>Situation à la fin de 2021</th></tr></thead>"
            "<tbody>"
            "<tr><td>Convention internationale sur la protection des droits de tous les travailleurs migrants et des "
            "membres de leur famille</td>"
            "<td>Comité des travailleurs migrants</td>"
            "<td>Le gouvernement a accepté la procédure simplifiée pour le deuxième rapport périodique ; le Conseil a "
            "adressé au Comité un rapport parallèle sur la liste de points, couvrant les évolutions intervenues depuis "
            "2013.</td></tr>"
            "<tr><td>Convention internationale pour la protection de toutes les personnes contre les disparitions "
            "forcées</td>"
            "<td>Comité des disparitions forcées</td>"
            "<td>Le Maroc a présenté son rapport initial.</td></tr>"
            "<tr><td>Convention internationale sur l'élimination de toutes les formes de discrimination raciale</td>"
            "<td>Comité pour l'élimination de la discrimination raciale</td>"
            "<td>Les dix-neuvième à vingt et unième rapports périodiques, présentés en un seul document, ont été reçus "
            "par le Comité le 28 décembre 2020 ; leur examen n'était pas encore programmé à la fin de 2021.</td></tr>"
            "<tr><td>Convention contre la torture et autres peines ou traitements cruels, inhumains ou "
            "dégradants</td>"
            "<td>Comité contre la torture</td>"
            "<td>Le cinquième rapport périodique, attendu en novembre 2015, n'a pas encore été présenté.</td></tr>"
            "<tr><td>Protocole facultatif se rapportant à la Convention contre la torture</td>"
            "<td>Sous-comité pour la prévention de la torture</td>"
            "<td>Le Sous-comité s'est rendu au Maroc en octobre 2017 ; le rapport de sa visite n'était toujours pas "
            "publié en décembre 2021.</td></tr>"
            "</tbody></table>"
            "<h3>Le Conseil des droits de l'homme</h3>"
            "<p>Le Conseil a pris part aux trois sessions tenues par le Conseil des droits de l'homme en 2021, au "
            "cours desquelles il a prononcé 8 déclarations orales portant sur les thèmes suivants :</p>"
            "<ul>"
            "<li>les droits des personnes en situation de handicap ;</li>"
            "<li>la prévention de la torture ;</li>"
            "<li>la peine de mort ;</li>"
            "<li>les enfants dans les conflits armés ;</li>"
            "<li>les entreprises et les droits de l'homme ;</li>"
            "<li>les manifestations pacifiques ;</li>"
            "<li>l'éducation et la formation aux droits de l'homme.</li>"
            "</ul>"
            "<p>En marge des travaux du Conseil des droits de l'homme, le Conseil a également organisé une "
            "manifestation parallèle consacrée aux mécanismes nationaux africains de prévention de la torture dans le "
            "contexte de la pandémie de COVID-19.</p>"
            "<h3>L'Examen périodique universel</h3>"
            "<p>Dans la perspective de l'examen du Maroc au titre du quatrième cycle de l'Examen périodique "
            "universel, attendu à la fin de 2022, le Conseil a organisé une formation sur la participation des jeunes "
            "à ce mécanisme.</p>"
            "<p>Par ailleurs, une étude sur les bonnes pratiques émergentes dans le cadre de l'Examen périodique "
            "universel a été réalisée à la demande du Haut-Commissariat aux droits de l'homme ; elle a porté sur le "
            "Conseil ainsi que sur les institutions nationales des droits de l'homme du Danemark, de la Géorgie, du "
            "Kenya, de la Malaisie, de la Nouvelle-Zélande et du Pérou.</p>"
            "<h3>Les procédures spéciales</h3>"
            "<p>Le Conseil a associé les procédures spéciales à plusieurs de ses activités : des experts des Nations "
            "Unies ont participé à des séminaires qu'il a organisés sur le changement climatique, l'extrême pauvreté "
            "et les droits des personnes en situation de handicap.</p>"
            "<p>S'agissant du Groupe de travail sur les disparitions forcées ou involontaires, le Conseil a continué "
            "d'apporter ses réponses sur les cas inscrits sur les listes du Groupe.</p>"
            "<h3>Le Haut-Commissariat aux droits de l'homme</h3>"
            '<p>Les relations du Conseil avec le <a href="https://www.ohchr.org">Haut-Commissariat aux droits de '
            "l'homme</a> ont été marquées en 2021 par plusieurs temps forts, notamment :</p>"
            "<ul>"
            "<li>le choix, par le Haut-Commissariat, de la présidente du Conseil, Mme Amina Bouayach, parmi cinq "
            "femmes leaders engagées en faveur de l'égalité entre les sexes ;</li>"
            "<li>l'envoi par le Conseil au Haut-Commissariat de deux documents relatifs aux provinces du Sud, le "
            "premier en mars 2021 et le second en septembre 2021 ;</li>"
            "<li>le choix du Conseil, par le Haut-Commissariat, pour prendre la parole au nom de l'Afrique du Nord "
            "lors du dialogue interactif avec la Haute-Commissaire aux droits de l'homme, Mme Michelle Bachelet, sur "
            "la pandémie de COVID-19.</li>"
            "</ul>"
            "<h3>Le Conseil de sécurité</h3>"
            "<p>Dans sa résolution 2602 du 29 octobre 2021, le Conseil de sécurité des Nations Unies a salué le rôle "
            "joué par la Commission régionale des droits de l'Homme de Laâyoune-Sakia El Hamra et par la Commission "
            "régionale des droits de l'Homme de Dakhla-Oued Eddahab.</p>"
            "<h3>Les agences des Nations Unies et la migration</h3>"
            "<p>En matière de migration, le Conseil a transmis au Réseau des Nations Unies sur les migrations les "
            "conclusions des consultations menées par les institutions nationales africaines des droits de l'homme sur "
            "le Pacte mondial pour des migrations sûres, ordonnées et régulières, en vue du Forum d'examen des "
            "migrations internationales de 2022.</p>"
            "<p>Le Conseil est lié par des accords de partenariat aux agences des Nations Unies suivantes présentes au "
            "Maroc :</p>"
            "<ul>"
            "<li>le Fonds des Nations Unies pour la population (FNUAP) ;</li>"
            "<li>le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) ;</li>"
            "<li>l'Organisation mondiale de la santé (OMS).</li>"
            "</ul>"
            "<h2>L'Union africaine</h2>"
            "<p>Au niveau africain, le Conseil prend part de manière régulière aux sessions ordinaires de la "
            '<a href="https://achpr.au.int">Commission africaine des droits de l\'homme et des peuples</a> ainsi '
            "qu'aux manifestations organisées en marge de celles-ci, ce qui lui permet de suivre le débat continental "
            "sur les droits de l'homme et d'échanger avec ses différents acteurs.</p>"
            "<p>Il convient de rappeler qu'à la fin de l'année 2021, le Maroc n'avait pas ratifié la Charte africaine "
            "des droits de l'homme et des peuples.</p>"
            "<h2>Les institutions européennes</h2>"
            "<p>La coopération du Conseil avec les institutions européennes a pris plusieurs formes en 2021 :</p>"
            "<ul>"
            '<li><strong><a href="https://www.coe.int">Conseil de l\'Europe</a> :</strong> le Conseil et le Conseil '
            "de l'Europe mettent en œuvre un programme conjoint de renforcement des capacités couvrant la période "
            "2020-2023, destiné à appuyer le mécanisme national de prévention de la torture ;</li>"
            "<li><strong>Union européenne :</strong> le Conseil a poursuivi ses relations avec les institutions de "
            "l'Union européenne, dont le Parlement européen, et en particulier sa sous-commission des droits de "
            "l'homme.</li>"
            "</ul>"
            "<h2>Les réseaux internationaux et régionaux d'institutions nationales des droits de l'homme</h2>"
            "<p>Le Conseil joue un rôle actif au sein des réseaux internationaux et régionaux d'institutions nationales "
            "des droits de l'homme : il exerce des responsabilités dans leurs instances dirigeantes et contribue aux "
            "travaux de leurs groupes, tout en entretenant des relations de coopération bilatérale avec plusieurs de "
            "ses homologues.</p>"
            "<h3>L'Alliance mondiale des institutions nationales des droits de l'homme (GANHRI)</h3>"
            '<p>L\'<a href="https://ganhri.org">Alliance mondiale des institutions nationales des droits de '
            "l'homme</a> compte 128 institutions membres. Pour le Conseil, l'année 2021 y a été marquée par :</p>"
            "<ul>"
            "<li>son élection au Bureau de l'Alliance, le 2 novembre 2021 ;</li>"
            "<li>sa réélection au Sous-comité d'accréditation, qu'il a présidé jusqu'à la fin de l'année 2021 ;</li>"
            "<li>sa participation, en tant que membre, aux groupes de travail sur les entreprises et les droits de "
            "l'homme et sur les droits des femmes ;</li>"
            "<li>sa contribution à l'étude « COVID-19 et institutions nationales des droits de l'homme », réalisée en "
            "2021 par l'Alliance, le Haut-Commissariat aux droits de l'homme et le Programme des Nations Unies pour le "
            "développement.</li>"
            "</ul>"
            "<h3>Le Réseau des institutions nationales africaines des droits de l'homme (NANHRI)</h3>"
            "<p>Le Conseil a été réélu à la présidence du groupe de travail du Réseau sur la migration et siège à son "
            "comité directeur. Sur sa proposition, le Réseau a en outre créé un nouveau groupe de travail sur les "
            "droits de l'enfant, dont le Conseil est membre.</p>"
            "<h3>Le Réseau arabe des institutions nationales des droits de l'homme</h3>"
            "<p>Membre fondateur du Réseau arabe des institutions nationales des droits de l'homme, le Conseil siège à "
            "son comité exécutif depuis la création du Réseau.</p>"
            "<h3>L'Association francophone des commissions nationales des droits de l'Homme (AFCNDH)</h3>"
            "<p>Le Conseil est membre du bureau de l'Association francophone des commissions nationales des droits de "
            "l'Homme.</p>"
            "<h3>La coopération bilatérale avec les institutions nationales des droits de l'homme</h3>"
            "<ul>"
            "<li><strong>Mauritanie :</strong> le Conseil a signé le 12 janvier 2021 un mémorandum d'entente avec la "
            "Commission nationale des droits de l'Homme de Mauritanie, suivi d'une formation au profit de son "
            "personnel ;</li>"
            "<li><strong>Libye :</strong> le Conseil a organisé une formation au profit des membres du Conseil national "
            "des libertés civiles et des droits de l'homme ;</li>"
            "<li><strong>Côte d'Ivoire, Cameroun et Afrique du Sud :</strong> le Conseil a mené des échanges avec les "
            "institutions nationales des droits de l'homme de ces pays.</li>"
            "</ul>"
            "<h2>Autres organismes internationaux et organisations non gouvernementales</h2>"
            "<p>Le Conseil a reçu les chefs des missions diplomatiques de l'Italie, du Royaume-Uni, de l'Autriche, de "
            "la Finlande, du Canada, de la Norvège et des Pays-Bas, ainsi que des délégations venues du Mexique, "
            "d'Italie et du Pérou.</p>"
            "<p>S'agissant des partenariats avec les organismes internationaux et les organisations non "
            "gouvernementales :</p>"
            "<ul>"
            "<li>le Conseil est lié à DIGNITY, l'Institut danois contre la torture, par un mémorandum d'entente signé "
            "en décembre 2019 ;</li>"
            "<li>il conduit avec l'ambassade du Canada au Maroc et Oxfam un projet conjoint portant sur les droits des "
            "femmes et des filles et sur les associations de défense des droits des femmes ;</li>"
            "<li>il est associé à « Ensemble contre la peine de mort » (ECPM) dans un partenariat en faveur de "
            "l'abolition de la peine de mort ;</li>"
            "<li>il a contribué, avec le Secrétariat permanent de la Communauté des démocraties, le ministère des "
            "Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger et la Rabita "
            "Mohammadia des oulémas, à une formation sur l'éducation aux droits de l'homme et la lutte contre "
            "l'extrémisme violent ;</li>"
            "<li>il a été présent à l'Expo 2020 Dubaï à travers un séminaire sur les droits des femmes au Maroc, "
            "accueilli par le Pavillon des femmes.</li>"
            "</ul>"
        ),
        "en": (
            "<p>This chapter of the National Human Rights Council's annual report for 2021 reviews the cooperation "
            "the Council built up at the international level during the year. As a national institution accredited "
            'with "A" status under the Paris Principles by the Global Alliance of National Human Rights '
            "Institutions, the Council continued to engage with the United Nations human rights system, the bodies "
            "of the African Union and the European institutions, took part in the work of the international and "
            "regional networks of national institutions, and developed its partnerships with a number of "
            "international bodies and non-governmental organisations.</p>"
            "<h2>The United Nations human rights system</h2>"
            "<p>The United Nations human rights system was a central focus of the Council's international work, "
            "through its engagement with the treaty bodies and the special procedures, its participation in the "
            "Human Rights Council and its follow-up of the Universal Periodic Review, and its cooperation with the "
            "Office of the High Commissioner for Human Rights and the United Nations agencies working in "
            "Morocco.</p>"
            "<h3>Treaty bodies</h3>"
            "<p>Morocco has ratified or acceded to all nine core United Nations human rights treaties, as well as "
            "four optional protocols; there was no new ratification in 2021. Moroccan experts sit on 8 of the 10 "
            "United Nations treaty bodies.</p>"
            "<p>The Council follows the submission and review of national reports before these bodies and "
            "contributes to them through its parallel reports. The table below summarises where the main "
            "procedures stood at the end of 2021:</p>"
            "<table><thead><tr><th>Instrument</th><th>Body</th><th>Status at the end of 2021</th></tr></thead>"
            "<tbody>"
            "<tr><td>International Convention on the Protection of the Rights of All Migrant Workers and Members of "
            "Their Families</td>"
            "<td>Committee on Migrant Workers</td>"
            "<td>The government accepted the simplified reporting procedure for the second periodic report; the "
            "Council sent the Committee a parallel report on the list of issues, covering developments since "
            "2013.</td></tr>"
            "<tr><td>International Convention for the Protection of All Persons from Enforced Disappearance</td>"
            "<td>Committee on Enforced Disappearances</td>"
            "<td>Morocco submitted its initial report.</td></tr>"
            "<tr><td>International Convention on the Elimination of All Forms of Racial Discrimination</td>"
            "<td>Committee on the Elimination of Racial Discrimination</td>"
            "<td>The combined nineteenth to twenty-first periodic reports were received by the Committee on "
            "28 December 2020; their review had not yet been scheduled by the end of 2021.</td></tr>"
            "<tr><td>Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment</td>"
            "<td>Committee against Torture</td>"
            "<td>The fifth periodic report, due in November 2015, has not yet been submitted.</td></tr>"
            "<tr><td>Optional Protocol to the Convention against Torture</td>"
            "<td>Subcommittee on Prevention of Torture</td>"
            "<td>The Subcommittee visited Morocco in October 2017; the report on its visit was still unpublished in "
            "December 2021.</td></tr>"
            "</tbody></table>"
            "<h3>Human Rights Council</h3>"
            "<p>The Council took part in the three sessions held by the Human Rights Council in 2021, delivering "
            "8 oral statements on the following themes:</p>"
            "<ul>"
            "<li>the rights of persons with disabilities;</li>"
            "<li>the prevention of torture;</li>"
            "<li>the death penalty;</li>"
            "<li>children in armed conflict;</li>"
            "<li>business and human rights;</li>"
            "<li>peaceful protests;</li>"
            "<li>human rights education and training.</li>"
            "</ul>"
            "<p>On the margins of the Human Rights Council, the Council also held a side event on African national "
            "preventive mechanisms against torture in the context of the COVID-19 pandemic.</p>"
            "<h3>Universal Periodic Review</h3>"
            "<p>Looking ahead to Morocco's review under the fourth cycle of the Universal Periodic Review, expected "
            "at the end of 2022, the Council ran a training course on youth participation in this mechanism.</p>"
            "<p>In addition, a study on emerging good practices in the Universal Periodic Review was carried out at "
            "the request of the Office of the High Commissioner for Human Rights; it covered the Council together "
            "with the national human rights institutions of Denmark, Georgia, Kenya, Malaysia, New Zealand and "
            "Peru.</p>"
            "<h3>Special procedures</h3>"
            "<p>The Council involved the special procedures in several of its activities: United Nations experts "
            "took part in seminars it organised on climate change, extreme poverty and the rights of persons with "
            "disabilities.</p>"
            "<p>With regard to the Working Group on Enforced or Involuntary Disappearances, the Council continued to "
            "provide answers on the cases on the Working Group's lists.</p>"
            "<h3>Office of the High Commissioner for Human Rights</h3>"
            '<p>The Council\'s relations with the <a href="https://www.ohchr.org">Office of the High Commissioner '
            "for Human Rights</a> in 2021 included several highlights:</p>"
            "<ul>"
            "<li>the Office named the Council's President, Ms Amina Bouayach, among five women leaders for gender "
            "equality;</li>"
            "<li>the Council sent the Office two documents on the southern provinces, the first in March 2021 and "
            "the second in September 2021;</li>"
            "<li>the Office chose the Council to speak on behalf of North Africa in the interactive dialogue with "
            "the High Commissioner for Human Rights, Ms Michelle Bachelet, on the COVID-19 pandemic.</li>"
            "</ul>"
            "<h3>Security Council</h3>"
            "<p>In its resolution 2602 of 29 October 2021, the United Nations Security Council welcomed the role "
            "played by the Regional Human Rights Commission of Laâyoune-Sakia El Hamra and the Regional Human Rights "
            "Commission of Dakhla-Oued Eddahab.</p>"
            "<h3>United Nations agencies and migration</h3>"
            "<p>On migration, the Council submitted to the United Nations Network on Migration the outcome of the "
            "consultations held by African national human rights institutions on the Global Compact for Safe, "
            "Orderly and Regular Migration, in preparation for the International Migration Review Forum 2022.</p>"
            "<p>The Council has partnership agreements with the following United Nations agencies in Morocco:</p>"
            "<ul>"
            "<li>the United Nations Population Fund (UNFPA);</li>"
            "<li>the Office of the United Nations High Commissioner for Refugees (UNHCR);</li>"
            "<li>the World Health Organization (WHO).</li>"
            "</ul>"
            "<h2>The African Union</h2>"
            "<p>At the African level, the Council regularly attends the ordinary sessions of the "
            '<a href="https://achpr.au.int">African Commission on Human and Peoples\' Rights</a> and the side '
            "events held alongside them, which allows it to follow the continental debate on human rights and to "
            "engage with those taking part in it.</p>"
            "<p>It should be noted that, by the end of 2021, Morocco had not ratified the African Charter on Human "
            "and Peoples' Rights.</p>"
            "<h2>European institutions</h2>"
            "<p>The Council's cooperation with European institutions took several forms in 2021:</p>"
            "<ul>"
            '<li><strong><a href="https://www.coe.int">Council of Europe</a>:</strong> the Council and the Council '
            "of Europe are implementing a joint capacity-building programme for 2020-2023 that supports the national "
            "preventive mechanism against torture;</li>"
            "<li><strong>European Union:</strong> the Council maintained its relations with the institutions of the "
            "European Union, including the European Parliament and in particular its Subcommittee on Human "
            "Rights.</li>"
            "</ul>"
            "<h2>International and regional networks of national human rights institutions</h2>"
            "<p>The Council plays an active part in the international and regional networks of national human "
            "rights institutions: it holds positions in their governing bodies and contributes to the work of their "
            "groups, while also maintaining bilateral cooperation with a number of its peers.</p>"
            "<h3>Global Alliance of National Human Rights Institutions (GANHRI)</h3>"
            '<p>The <a href="https://ganhri.org">Global Alliance of National Human Rights Institutions</a> has 128 '
            "member institutions. For the Council, 2021 within the Alliance was marked by:</p>"
            "<ul>"
            "<li>its election to the GANHRI Bureau on 2 November 2021;</li>"
            "<li>its re-election to the Sub-Committee on Accreditation, which it chaired until the end of 2021;</li>"
            "<li>its membership of the working groups on business and human rights and on women's rights;</li>"
            '<li>its contribution to the study "COVID-19 and NHRIs", produced in 2021 by GANHRI, the Office of the '
            "High Commissioner for Human Rights and the United Nations Development Programme.</li>"
            "</ul>"
            "<h3>Network of African National Human Rights Institutions (NANHRI)</h3>"
            "<p>The Council was re-elected chair of the Network's Working Group on Migration and sits on its "
            "Steering Committee. On the Council's proposal, the Network also set up a new working group on children's "
            "rights, of which the Council is a member.</p>"
            "<h3>Arab Network of National Human Rights Institutions (ANNHRI)</h3>"
            "<p>A founding member of the Arab Network of National Human Rights Institutions, the Council has sat on "
            "its executive committee since the Network was created.</p>"
            "<h3>Francophone Association of National Human Rights Commissions (AFCNDH)</h3>"
            "<p>The Council is a member of the bureau of the Francophone Association of National Human Rights "
            "Commissions.</p>"
            "<h3>Bilateral cooperation with national human rights institutions</h3>"
            "<ul>"
            "<li><strong>Mauritania:</strong> on 12 January 2021 the Council signed a memorandum of understanding "
            "with Mauritania's National Human Rights Commission, followed by a training course for its staff;</li>"
            "<li><strong>Libya:</strong> the Council organised a training course for the members of the National "
            "Council for Civil Liberties and Human Rights;</li>"
            "<li><strong>Côte d'Ivoire, Cameroon and South Africa:</strong> the Council held exchanges with the "
            "national human rights institutions of these countries.</li>"
            "</ul>"
            "<h2>Other international bodies and non-governmental organisations</h2>"
            "<p>The Council received the heads of the diplomatic missions of Italy, the United Kingdom, Austria, "
            "Finland, Canada, Norway and the Netherlands, as well as delegations from Mexico, Italy and Peru.</p>"
            "<p>As for its partnerships with international bodies and non-governmental organisations:</p>"
            "<ul>"
            "<li>the Council is bound to DIGNITY, the Danish Institute Against Torture, by a memorandum of "
            "understanding signed in December 2019;</li>"
            "<li>it runs a joint project with the Embassy of Canada in Morocco and Oxfam on the rights of women and "
            "girls and on women's rights associations;</li>"
            "<li>it works with ECPM (Ensemble contre la peine de mort) in a partnership for the abolition of the "
            "death penalty;</li>"
            "<li>together with the Permanent Secretariat of the Community of Democracies, the Ministry of Foreign "
            "Affairs, African Cooperation and Moroccan Expatriates and the Mohammedia League of Scholars, it "
            "contributed to a training course on human rights education and countering violent extremism;</li>"
            "<li>it was present at Expo 2020 Dubai with a seminar on women's rights in Morocco, hosted by the "
            "Women's Pavilion.</li>"
            "</ul>"
        ),
    },
}

# Two other short chapters of the same annual report, so that previous/next navigation has neighbours.
# The cooperation chapter itself is order 2.
OTHER_CHAPTERS_2021 = [
    {
        "slug": "foreword",
        "order": 1,
        "title": {
            "ar": "تقديم",
            "fr": "Avant-propos",
            "en": "Foreword",
            "zgh": "ⴰⵣⵡⵉⵔ",
        },
        "body": {
            "ar": (
                "<p>يقدم المجلس الوطني لحقوق الإنسان، الذي ترأسه السيدة آمنة بوعياش، تقريره السنوي برسم سنة 2021، "
                "ويرصد فيه أبرز ما ميز عمله خلال هذه السنة في مجالات حماية حقوق الإنسان والنهوض بها.</p>"
                "<p>وبصفته مؤسسة وطنية معتمدة في الدرجة «أ» طبقا لمبادئ باريس، يولي المجلس أهمية خاصة للتفاعل مع "
                "الآليات الدولية والإقليمية لحقوق الإنسان ولتبادل التجارب مع نظرائه، ولذلك يخصص التقرير فصلا قائما "
                "بذاته لعلاقات التعاون على المستوى الدولي.</p>"
                "<p>ويأمل المجلس أن يكون هذا التقرير أداة مفيدة لكل المهتمين بأوضاع حقوق الإنسان، من مؤسسات "
                "وفاعلين مدنيين وباحثين.</p>"
            ),
            "fr": (
                "<p>Le Conseil national des droits de l'Homme, présidé par Mme Amina Bouayach, présente son rapport "
                "annuel pour l'année 2021, qui retrace les principaux aspects de son action au cours de l'année en "
                "matière de protection et de promotion des droits de l'homme.</p>"
                "<p>Institution nationale accréditée au statut « A » au regard des Principes de Paris, le Conseil "
                "accorde une importance particulière à son interaction avec les mécanismes internationaux et "
                "régionaux des droits de l'homme et aux échanges avec ses homologues ; c'est pourquoi le rapport "
                "consacre un chapitre à part entière aux relations de coopération au niveau international.</p>"
                "<p>Le Conseil espère que ce rapport sera un outil utile pour toutes celles et tous ceux qui "
                "s'intéressent à la situation des droits de l'homme : institutions, acteurs de la société civile et "
                "chercheurs.</p>"
            ),
            "en": (
                "<p>The National Human Rights Council, chaired by Ms Amina Bouayach, presents its annual report for "
                "2021, which outlines the main features of its work during the year to protect and promote human "
                "rights.</p>"
                '<p>As a national institution accredited with "A" status under the Paris Principles, the Council '
                "attaches particular importance to engaging with international and regional human rights mechanisms "
                "and to exchanges with its peers; the report therefore devotes a full chapter to cooperation at the "
                "international level.</p>"
                "<p>The Council hopes that this report will be a useful tool for everyone with an interest in human "
                "rights: institutions, civil society actors and researchers.</p>"
            ),
        },
    },
    {
        "slug": "outlook-2022",
        "order": 3,
        "title": {
            "ar": "آفاق سنة 2022",
            "fr": "Perspectives pour 2022",
            "en": "Outlook for 2022",
            "zgh": "ⴰⵙⴳⴳⵯⴰⵙ 2022",
        },
        "body": {
            "ar": (
                "<p>تحمل سنة 2022 مواعيد دولية مهمة بالنسبة للمجلس، في مقدمتها الاستعراض الدوري الشامل للمغرب برسم "
                "الجولة الرابعة، المرتقب في نهاية السنة، والذي سيواكبه المجلس بمساهماته.</p>"
                "<p>كما تشهد هذه السنة انعقاد المنتدى الدولي لاستعراض الهجرة، الذي قدم المجلس من أجله إلى شبكة "
                "الأمم المتحدة المعنية بالهجرة خلاصات مشاورات المؤسسات الوطنية الإفريقية لحقوق الإنسان بشأن الاتفاق "
                "العالمي من أجل الهجرة.</p>"
                "<p>وسيواصل المجلس تتبع المسارات المفتوحة أمام هيئات المعاهدات، ومنها التقارير الدورية الموجهة إلى "
                "لجنة القضاء على التمييز العنصري التي لم تبرمج مناقشتها بعد، والتقرير الدوري الخامس المتأخر أمام "
                "لجنة مناهضة التعذيب.</p>"
            ),
            "fr": (
                "<p>L'année 2022 comporte des échéances internationales importantes pour le Conseil, au premier rang "
                "desquelles l'examen du Maroc au titre du quatrième cycle de l'Examen périodique universel, attendu "
                "à la fin de l'année, que le Conseil accompagnera par ses contributions.</p>"
                "<p>Elle verra également se tenir le Forum d'examen des migrations internationales, en vue duquel le "
                "Conseil a transmis au Réseau des Nations Unies sur les migrations les conclusions des consultations "
                "des institutions nationales africaines des droits de l'homme sur le Pacte mondial sur les "
                "migrations.</p>"
                "<p>Le Conseil continuera de suivre les procédures en cours devant les organes conventionnels, "
                "notamment les rapports périodiques adressés au Comité pour l'élimination de la discrimination "
                "raciale, dont l'examen n'est pas encore programmé, et le cinquième rapport périodique attendu par le "
                "Comité contre la torture.</p>"
            ),
            "en": (
                "<p>2022 brings important international milestones for the Council, first among them Morocco's "
                "review under the fourth cycle of the Universal Periodic Review, expected at the end of the year, to "
                "which the Council will contribute.</p>"
                "<p>The year will also see the International Migration Review Forum, for which the Council submitted "
                "to the United Nations Network on Migration the outcome of the consultations of African national "
                "human rights institutions on the Global Compact for Migration.</p>"
                "<p>The Council will continue to follow the open procedures before the treaty bodies, in particular "
                "the periodic reports sent to the Committee on the Elimination of Racial Discrimination, whose review "
                "has not yet been scheduled, and the overdue fifth periodic report to the Committee against "
                "Torture.</p>"
            ),
        },
    },
]

# What the Council did with its partners, as the 2021 cooperation chapter tells it. "part" is the
# number of the chapter's heading (counting every h2 and h3 from the top) under which it is told.
ACTIVITIES_2021 = [
    {
        "slug": "2021-hrc-oral-statements",
        "kind": "oral-statement",
        "date": "2021",
        "part": 3,
        "partners": ["human-rights-council"],
        "title": {
            "ar": "ثمانية بيانات شفوية خلال الدورات الثلاث لمجلس حقوق الإنسان",
            "fr": "Huit déclarations orales aux trois sessions du Conseil des droits de l'homme",
            "en": "Eight oral statements at the three sessions of the Human Rights Council",
        },
        "summary": {
            "ar": "تناولت حقوق الأشخاص في وضعية إعاقة، والوقاية من التعذيب، وعقوبة الإعدام، والأطفال في النزاعات المسلحة، والمقاولات وحقوق الإنسان، والاحتجاجات السلمية، والتربية والتكوين في مجال حقوق الإنسان.",
            "fr": "Elles ont porté sur les droits des personnes handicapées, la prévention de la torture, la peine de mort, les enfants dans les conflits armés, les entreprises et les droits de l'homme, les manifestations pacifiques, ainsi que l'éducation et la formation aux droits de l'homme.",
            "en": "They covered the rights of persons with disabilities, torture prevention, the death penalty, children in armed conflict, business and human rights, peaceful protests, and human rights education and training.",
        },
    },
    {
        "slug": "2021-hrc-side-event-npm-covid",
        "kind": "side-event",
        "date": "2021",
        "part": 3,
        "partners": ["human-rights-council"],
        "title": {
            "ar": "نشاط مواز حول الآليات الوطنية الإفريقية للوقاية من التعذيب في ظل جائحة كوفيد-19",
            "fr": "Événement parallèle sur les mécanismes nationaux de prévention de la torture en Afrique pendant la COVID-19",
            "en": "Side event on African national preventive mechanisms against torture during COVID-19",
        },
    },
    {
        "slug": "2021-upr-youth-training",
        "kind": "training",
        "date": "2021",
        "part": 4,
        "partners": ["upr"],
        "title": {
            "ar": "تكوين حول مشاركة الشباب في آلية الاستعراض الدوري الشامل",
            "fr": "Formation sur la participation des jeunes à l'Examen périodique universel",
            "en": "Training on youth participation in the Universal Periodic Review",
        },
    },
    {
        "slug": "2021-special-procedures-seminars",
        "kind": "seminar",
        "date": "2021",
        "part": 5,
        "partners": ["special-procedures"],
        "title": {
            "ar": "خبراء أمميون في ندوات المجلس حول التغير المناخي والفقر المدقع وحقوق الأشخاص في وضعية إعاقة",
            "fr": "Des experts de l'ONU aux séminaires du Conseil sur le changement climatique, l'extrême pauvreté et les droits des personnes handicapées",
            "en": "UN experts at the Council's seminars on climate change, extreme poverty and disability rights",
        },
    },
    {
        "slug": "2021-wgeid-replies",
        "kind": "submission",
        "date": "2021",
        "part": 5,
        "partners": ["wgeid"],
        "title": {
            "ar": "أجوبة على الحالات المعروضة على الفريق العامل",
            "fr": "Réponses sur les cas inscrits auprès du Groupe de travail",
            "en": "Replies on the cases listed by the Working Group",
        },
    },
    {
        "slug": "2021-cmw-parallel-report",
        "kind": "submission",
        "date": "2021",
        "part": 2,
        "partners": ["cmw"],
        "title": {
            "ar": "تقرير مواز بشأن قائمة القضايا المتعلقة بالتقرير الدوري الثاني",
            "fr": "Rapport parallèle sur la liste de points relative au deuxième rapport périodique",
            "en": "Parallel report on the list of issues for the second periodic report",
        },
        "summary": {
            "ar": "يغطي التطورات المسجلة منذ سنة 2013.",
            "fr": "Il couvre les évolutions intervenues depuis 2013.",
            "en": "It covers developments since 2013.",
        },
    },
    {
        "slug": "2021-03-ohchr-southern-provinces",
        "kind": "submission",
        "date": "2021-03",
        "part": 6,
        "partners": ["ohchr"],
        "title": {
            "ar": "وثيقة موجهة إلى المفوضية السامية حول الأقاليم الجنوبية",
            "fr": "Document adressé au Haut-Commissariat sur les provinces du Sud",
            "en": "Document sent to the Office of the High Commissioner on the southern provinces",
        },
    },
    {
        "slug": "2021-09-ohchr-southern-provinces",
        "kind": "submission",
        "date": "2021-09",
        "part": 6,
        "partners": ["ohchr"],
        "title": {
            "ar": "وثيقة ثانية موجهة إلى المفوضية السامية حول الأقاليم الجنوبية",
            "fr": "Second document adressé au Haut-Commissariat sur les provinces du Sud",
            "en": "Second document sent to the Office of the High Commissioner on the southern provinces",
        },
    },
    {
        "slug": "2021-ohchr-dialogue-covid",
        "kind": "oral-statement",
        "date": "2021",
        "part": 6,
        "partners": ["ohchr", "human-rights-council"],
        "title": {
            "ar": "كلمة باسم شمال إفريقيا في الحوار التفاعلي مع المفوضة السامية حول كوفيد-19",
            "fr": "Intervention au nom de l'Afrique du Nord dans le dialogue interactif avec la Haute-Commissaire sur la COVID-19",
            "en": "Speaking for North Africa in the interactive dialogue with the High Commissioner on COVID-19",
        },
    },
    {
        "slug": "2021-ohchr-upr-good-practices-study",
        "kind": "study",
        "date": "2021",
        "part": 6,
        "partners": [
            "ohchr",
            "nhri-denmark",
            "nhri-georgia",
            "nhri-kenya",
            "nhri-malaysia",
            "nhri-new-zealand",
            "nhri-peru",
        ],
        "title": {
            "ar": "دراسة حول الممارسات الفضلى الناشئة في إطار الاستعراض الدوري الشامل",
            "fr": "Étude sur les bonnes pratiques émergentes de l'Examen périodique universel",
            "en": "Study on emerging good practices in the Universal Periodic Review",
        },
        "summary": {
            "ar": "دراسة بطلب من المفوضية السامية، أنجزت مع المؤسسات الوطنية للدنمارك وجورجيا وكينيا وماليزيا ونيوزيلندا والبيرو.",
            "fr": "Une étude commandée par le Haut-Commissariat, menée avec les institutions nationales du Danemark, de Géorgie, du Kenya, de Malaisie, de Nouvelle-Zélande et du Pérou.",
            "en": "A study commissioned by the Office, carried out with the national institutions of Denmark, Georgia, Kenya, Malaysia, New Zealand and Peru.",
        },
    },
    {
        "slug": "2021-migration-network-consultations",
        "kind": "consultation",
        "date": "2021",
        "part": 8,
        "partners": ["un-network-on-migration"],
        "title": {
            "ar": "نتائج مشاورات المؤسسات الوطنية الإفريقية حول الميثاق العالمي من أجل الهجرة",
            "fr": "Résultats des consultations des institutions nationales africaines sur le Pacte mondial pour les migrations",
            "en": "Outcome of the African NHRI consultations on the Global Compact for Migration",
        },
        "summary": {
            "ar": "قدمها المجلس استعدادا للمنتدى الدولي لاستعراض الهجرة لسنة 2022.",
            "fr": "Transmis par le Conseil en vue du Forum d'examen des migrations internationales de 2022.",
            "en": "Submitted by the Council for the International Migration Review Forum 2022.",
        },
    },
    {
        "slug": "2021-achpr-sessions",
        "kind": "side-event",
        "date": "2021",
        "part": 9,
        "partners": ["achpr"],
        "title": {
            "ar": "حضور الدورات العادية للجنة الإفريقية والأنشطة الموازية لها",
            "fr": "Présence aux sessions ordinaires de la Commission africaine et à leurs événements parallèles",
            "en": "Attending the African Commission's ordinary sessions and their side events",
        },
    },
    {
        "slug": "2021-ganhri-covid-study",
        "kind": "study",
        "date": "2021",
        "part": 12,
        "partners": ["ganhri", "ohchr", "undp"],
        "title": {
            "ar": "المساهمة في دراسة «كوفيد-19 والمؤسسات الوطنية لحقوق الإنسان»",
            "fr": "Contribution à l'étude « La COVID-19 et les INDH »",
            "en": 'Contribution to the study "COVID-19 and NHRIs"',
        },
    },
    {
        "slug": "2021-mauritania-staff-training",
        "kind": "training",
        "date": "2021",
        "part": 16,
        "partners": ["cndh-mauritania"],
        "title": {
            "ar": "دورة تكوينية لأطر اللجنة الوطنية لحقوق الإنسان بموريتانيا",
            "fr": "Formation pour le personnel de la Commission nationale des droits de l'Homme de Mauritanie",
            "en": "Training for the staff of Mauritania's National Human Rights Commission",
        },
    },
    {
        "slug": "2021-libya-members-training",
        "kind": "training",
        "date": "2021",
        "part": 16,
        "partners": ["nccl-libya"],
        "title": {
            "ar": "دورة تكوينية لأعضاء المجلس الوطني للحريات العامة وحقوق الإنسان بليبيا",
            "fr": "Formation pour les membres du Conseil national des libertés civiles et des droits de l'homme de Libye",
            "en": "Training for the members of Libya's National Council for Civil Liberties and Human Rights",
        },
    },
    {
        "slug": "2021-nhri-exchanges",
        "kind": "consultation",
        "date": "2021",
        "part": 16,
        "partners": ["nhri-cote-d-ivoire", "nhri-cameroon", "nhri-south-africa"],
        "title": {
            "ar": "تبادل مع المؤسسات الوطنية لحقوق الإنسان بكوت ديفوار والكاميرون وجنوب إفريقيا",
            "fr": "Échanges avec les institutions nationales des droits de l'homme de Côte d'Ivoire, du Cameroun et d'Afrique du Sud",
            "en": "Exchanges with the national human rights institutions of Côte d'Ivoire, Cameroon and South Africa",
        },
    },
    {
        "slug": "2021-heads-of-mission-received",
        "kind": "visit",
        "date": "2021",
        "part": 17,
        "partners": ["italy", "united-kingdom", "austria", "finland", "embassy-of-canada", "norway", "netherlands"],
        "title": {
            "ar": "استقبال رؤساء بعثات دبلوماسية",
            "fr": "Réception de chefs de missions diplomatiques",
            "en": "Heads of diplomatic missions received",
        },
    },
    {
        "slug": "2021-delegations-received",
        "kind": "visit",
        "date": "2021",
        "part": 17,
        "partners": ["mexico", "italy", "peru"],
        "title": {
            "ar": "استقبال وفود من المكسيك وإيطاليا والبيرو",
            "fr": "Réception de délégations du Mexique, d'Italie et du Pérou",
            "en": "Delegations from Mexico, Italy and Peru received",
        },
    },
    {
        "slug": "2021-education-violent-extremism-training",
        "kind": "training",
        "date": "2021",
        "part": 17,
        "partners": ["community-of-democracies", "ministry-of-foreign-affairs", "mohammedia-league-of-scholars"],
        "title": {
            "ar": "تكوين حول التربية على حقوق الإنسان ومكافحة التطرف العنيف",
            "fr": "Formation sur l'éducation aux droits de l'homme et la lutte contre l'extrémisme violent",
            "en": "Training on human rights education and countering violent extremism",
        },
    },
    {
        "slug": "2021-expo-dubai-womens-rights",
        "kind": "seminar",
        "date": "2021",
        "part": 17,
        "partners": ["expo-2020-dubai"],
        "title": {
            "ar": "ندوة حول حقوق النساء بالمغرب في جناح المرأة",
            "fr": "Séminaire sur les droits des femmes au Maroc au Pavillon des femmes",
            "en": "Seminar on women's rights in Morocco at the Women's Pavilion",
        },
    },
    {
        "slug": "2017-10-spt-visit",
        "kind": "visit",
        "date": "2017-10",
        "part": 2,
        "partners": ["spt"],
        "title": {
            "ar": "زيارة اللجنة الفرعية لمنع التعذيب للمغرب",
            "fr": "Visite du Sous-comité pour la prévention de la torture au Maroc",
            "en": "Visit of the Subcommittee on Prevention of Torture to Morocco",
        },
        "summary": {
            "ar": "لم يكن تقرير الزيارة قد نشر بعد في دجنبر 2021.",
            "fr": "Le rapport de visite n'était pas encore publié en décembre 2021.",
            "en": "The visit report was still unpublished in December 2021.",
        },
    },
]
# The Council's parallel report for the list of issues of the ICRMW second periodic report
# (facts-2021.md: sent in 2021, covering developments since 2013; its date is not known).
PARALLEL_REPORT_ICRMW = {
    "year": 2021,
    "slug": "parallel-report-cmw-list-of-issues",
    "title": {
        "ar": "التقرير الموازي إلى اللجنة المعنية بحماية حقوق جميع العمال المهاجرين وأفراد أسرهم (قائمة المسائل)",
        "fr": "Rapport parallèle au Comité des travailleurs migrants (liste de points)",
        "en": "Parallel report to the Committee on Migrant Workers (list of issues)",
    },
    "summary": {
        "ar": "أعد المجلس هذا التقرير لكي تعتمد عليه اللجنة في إعداد قائمة المسائل السابقة لتقديم "
        "التقرير الدوري الثاني للمغرب، في إطار الإجراء المبسط. ويتناول التطورات الحاصلة منذ سنة 2013.",
        "fr": "Le Conseil a rédigé ce rapport pour la liste de points que le Comité établit avant le "
        "deuxième rapport périodique du Maroc, selon la procédure simplifiée. Il couvre l'évolution depuis 2013.",
        "en": "The Council wrote this report for the list of issues the Committee prepares before Morocco's "
        "second periodic report, under the simplified procedure. It covers developments since 2013.",
    },
}

# Partners the 2021 cooperation chapter names without an activity above: by the number of the part
# (as for activities) that names them.
MENTIONS_2021 = {
    1: ["united-nations"],
    2: ["ced", "cerd", "committee-against-torture", "spt"],
    7: ["security-council"],
    8: ["unfpa", "unhcr", "who"],
    9: ["african-union"],
    10: ["council-of-europe", "european-union", "european-parliament", "european-parliament-droi"],
    12: ["ganhri", "sca", "ganhri-business-human-rights", "ganhri-womens-rights"],
    13: ["nanhri", "nanhri-migration", "nanhri-childrens-rights"],
    14: ["annhri"],
    15: ["afcndh"],
    17: ["dignity", "embassy-of-canada", "oxfam", "ecpm", "expo-2020-dubai"],
}
