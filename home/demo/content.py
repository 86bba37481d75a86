"""Demo content for the Rencontre des Territoires portal: accounts, communities and their pages.

Pure data for the demo loader. People, places and figures presented as examples are invented.
"""

# Body blocks are (block_type, value) tuples. Block types: "heading", "paragraph",
# "callout", "legal_quote", "key_figure", "table". Paragraph values are HTML limited to
# <p>, <b>, <i>, <ul>, <ol>, <li> and <a href="https://...">.
# A legal_quote text is copied word for word from the article it cites. Every other
# mention of a legal text is a paraphrase.

LEGIFRANCE = "https://www.legifrance.gouv.fr/"

# Demo accounts. The passwords are for local demo use only.
USERS = [
    {
        "username": "admin",
        "first_name": "Hélène",
        "last_name": "Garnier",
        "email": "admin@example.org",
        "password": "demo-admin-2026",
        "is_superuser": True,
    },
    {
        "username": "animatrice.ort",
        "first_name": "Sophie",
        "last_name": "Marchand",
        "email": "sophie.marchand@example.org",
        "password": "demo-animatrice-ort-2026",
        "is_superuser": False,
    },
    {
        "username": "animateur.habitat",
        "first_name": "Julien",
        "last_name": "Lefèvre",
        "email": "julien.lefevre@example.org",
        "password": "demo-animateur-habitat-2026",
        "is_superuser": False,
    },
    {
        "username": "animatrice.filieres",
        "first_name": "Camille",
        "last_name": "Roussel",
        "email": "camille.roussel@example.org",
        "password": "demo-animatrice-filieres-2026",
        "is_superuser": False,
    },
    {
        "username": "animateur.vacance",
        "first_name": "Thomas",
        "last_name": "Benoît",
        "email": "thomas.benoit@example.org",
        "password": "demo-animateur-vacance-2026",
        "is_superuser": False,
    },
    {
        "username": "animatrice.reseau",
        "first_name": "Nadia",
        "last_name": "Chérif",
        "email": "nadia.cherif@example.org",
        "password": "demo-animatrice-reseau-2026",
        "is_superuser": False,
    },
    {
        # Expert in two communities: habitat-ancien and logements-vacants.
        "username": "expert.fiscalite",
        "first_name": "Bernard",
        "last_name": "Fontaine",
        "email": "bernard.fontaine@example.org",
        "password": "demo-expert-2026",
        "is_superuser": False,
    },
    {
        # Member of three communities, including the reserved one.
        "username": "membre.multi",
        "first_name": "Lucie",
        "last_name": "Perrin",
        "email": "lucie.perrin@example.org",
        "password": "demo-membre-2026",
        "is_superuser": False,
    },
    {
        # State agent with no community membership.
        "username": "agent.isole",
        "first_name": "Mathieu",
        "last_name": "Caron",
        "email": "mathieu.caron@example.org",
        "password": "demo-agent-2026",
        "is_superuser": False,
    },
]


# ---------------------------------------------------------------------------
# Community 1: opérations de revitalisation de territoire (public)
# ---------------------------------------------------------------------------

_REVITALISATION = {
    "slug": "revitalisation-territoire",
    "title": "Opérations de revitalisation de territoire",
    "visibility": "public",
    "summary": (
        "Repères juridiques et retours d’expérience pour préparer, signer et faire vivre "
        "une convention d’opération de revitalisation de territoire (ORT)."
    ),
    "description": (
        "<p>Créée par la loi ELAN du 23 novembre 2018, l’opération de revitalisation de "
        "territoire (ORT) est une convention qui engage l’État, une intercommunalité, sa ville "
        "principale et leurs partenaires autour d’un projet global pour les centres-villes et "
        "les centres-bourgs.</p>"
        "<p>Cette communauté réunit les agents de l’État et des collectivités qui instruisent, "
        "négocient ou accompagnent ces conventions. Vous y trouverez des fiches de référence sur "
        "le cadre juridique, des bilans et des retours d’expérience rédigés par les membres.</p>"
        "<p>Chaque fiche indique la date de sa dernière mise à jour. Si un texte a changé "
        "depuis, signalez-le à l’animatrice de la communauté.</p>"
    ),
    "memberships": [
        ("animatrice.ort", "facilitator"),
        ("membre.multi", "member"),
    ],
    "instructions": [
        {
            "slug": "ort-cadre-juridique-et-effets",
            "title": "L’ORT : cadre juridique et effets de la convention",
            "summary": (
                "Ce que prévoit l’article L. 303-2 du code de la construction et de "
                "l’habitation, qui signe la convention et quels effets juridiques et fiscaux "
                "sa signature produit."
            ),
            "status": "in_force",
            "up_to_date": "2026-09-14",
            "legal_references": [
                (
                    "Loi n° 2018-1021 du 23 novembre 2018 portant évolution du logement, de "
                    "l’aménagement et du numérique (ELAN), article 157",
                    LEGIFRANCE,
                ),
                ("Code de la construction et de l’habitation, article L. 303-2", LEGIFRANCE),
                ("Code de commerce, article L. 752-1-2", LEGIFRANCE),
                ("Code général des impôts, article 199 novovicies", LEGIFRANCE),
            ],
            "body": [
                (
                    "paragraph",
                    "<p>L’article L. 303-2 du code de la construction et de l’habitation fait de "
                    "l’ORT l’outil de mise en œuvre d’un projet global de territoire. Ce projet "
                    "porte notamment sur la modernisation des logements et des locaux commerciaux "
                    "et artisanaux, la lutte contre la vacance et contre l’habitat indigne, la "
                    "mise en valeur du patrimoine bâti et la réhabilitation des friches "
                    "urbaines.</p>"
                    "<p>L’ORT n’est pas un programme de subventions. C’est un cadre contractuel "
                    "qui ordonne des actions, existantes ou nouvelles, autour d’une stratégie "
                    "commune, et qui ouvre des droits particuliers dans les secteurs "
                    "d’intervention qu’il délimite.</p>",
                ),
                ("heading", "Qui signe la convention ?"),
                (
                    "paragraph",
                    "<p>La convention est conclue entre l’État, ses établissements publics "
                    "intéressés, un établissement public de coopération intercommunale (EPCI) à "
                    "fiscalité propre et tout ou partie de ses communes membres, parmi lesquelles "
                    "la ville principale de l’EPCI. Toute personne publique ou tout acteur privé "
                    "qui contribue aux actions prévues peut aussi la signer : Anah, Banque des "
                    "Territoires, bailleurs sociaux, chambres consulaires…</p>"
                    "<p>La convention délimite un ou plusieurs secteurs d’intervention. En règle "
                    "générale, le centre-ville de la ville principale en fait partie, et d’autres "
                    "centralités de l’intercommunalité peuvent s’y ajouter.</p>",
                ),
                ("heading", "Effets de la signature"),
                (
                    "table",
                    {
                        "caption": "Principaux effets d’une convention d’ORT",
                        "header": ["Domaine", "Effet", "Texte de référence"],
                        "rows": [
                            [
                                "Logement",
                                "Les communes signataires deviennent éligibles au dispositif "
                                "Denormandie, réduction d’impôt pour l’achat d’un logement "
                                "ancien à rénover.",
                                "Code général des impôts, article 199 novovicies",
                            ],
                            [
                                "Commerce en centre-ville",
                                "Les projets commerciaux situés dans un secteur d’intervention "
                                "qui comprend un centre-ville peuvent être dispensés "
                                "d’autorisation d’exploitation commerciale.",
                                "Code de commerce",
                            ],
                            [
                                "Commerce en périphérie",
                                "Le préfet peut suspendre, au cas par cas, l’enregistrement et "
                                "l’examen en commission départementale d’aménagement commercial "
                                "de projets situés hors des secteurs d’intervention.",
                                "Code de commerce, article L. 752-1-2",
                            ],
                            [
                                "Urbanisme et foncier",
                                "La convention ouvre des outils adaptés, comme le permis "
                                "d’aménager multisites et des aménagements du droit de "
                                "préemption.",
                                "Code de l’urbanisme",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "title": "À retenir",
                        "text": (
                            "La convention d’ORT ne crée pas de financement propre. Sa valeur "
                            "tient au projet qu’elle formalise et aux outils juridiques qu’elle "
                            "ouvre dans les secteurs d’intervention."
                        ),
                    },
                ),
                ("heading", "Lien avec les programmes nationaux"),
                (
                    "paragraph",
                    "<p>Le programme <i>Action cœur de ville</i>, lancé en 2018 pour les villes "
                    "moyennes, et le programme <i>Petites villes de demain</i>, lancé en octobre "
                    "2020 pour des communes de moins de 20 000 habitants qui exercent des "
                    "fonctions de centralité, s’appuient tous deux sur l’ORT. Dans <i>Petites "
                    "villes de demain</i>, la convention-cadre qui formalise le projet de "
                    "territoire vaut convention d’ORT. Elle doit être signée dans les dix-huit "
                    "mois qui suivent la convention d’adhésion au programme.</p>"
                    "<p>Une intercommunalité peut aussi conclure une ORT en dehors de ces "
                    "programmes.</p>",
                ),
                (
                    "key_figure",
                    {
                        "label": (
                            "Délai de signature de la convention-cadre Petites villes de demain, "
                            "qui vaut ORT, après la convention d’adhésion"
                        ),
                        "value": "18",
                        "unit": "mois",
                        "period": "Programme lancé en 2020",
                    },
                ),
            ],
        },
        {
            "slug": "elaborer-convention-ort",
            "title": "Élaborer une convention d’ORT : étapes et contenu",
            "summary": (
                "Une méthode en cinq étapes pour passer du diagnostic à la signature, et la "
                "liste des pièces qui rendent une convention solide et facile à suivre."
            ),
            "status": "in_force",
            "up_to_date": "2026-06-18",
            "legal_references": [
                ("Code de la construction et de l’habitation, article L. 303-2", LEGIFRANCE),
                (
                    "Code de la construction et de l’habitation, article L. 302-1 "
                    "(programme local de l’habitat)",
                    LEGIFRANCE,
                ),
            ],
            "body": [
                ("heading", "Partir d’un diagnostic partagé"),
                (
                    "paragraph",
                    "<p>Le diagnostic décrit l’état du centre et de ses fonctions : logement "
                    "(vacance, état du bâti, copropriétés fragiles), commerce et services, "
                    "espaces publics, mobilités, patrimoine. Il s’appuie d’abord sur les études "
                    "existantes, comme le programme local de l’habitat, le document d’urbanisme "
                    "ou l’étude pré-opérationnelle d’une OPAH, plutôt que sur une nouvelle étude "
                    "générale.</p>"
                    "<p>Un bon diagnostic se conclut par quelques enjeux hiérarchisés, que la "
                    "stratégie reprendra un par un.</p>",
                ),
                ("heading", "Cinq étapes jusqu’à la signature"),
                (
                    "paragraph",
                    "<ol>"
                    "<li><b>Lancement</b> : l’EPCI et la ville principale délibèrent sur le "
                    "principe de l’ORT et désignent chacun un référent.</li>"
                    "<li><b>Diagnostic et stratégie</b> : les partenaires valident les enjeux "
                    "et les objectifs.</li>"
                    "<li><b>Secteurs d’intervention</b> : la convention les délimite sur une "
                    "carte précise à la parcelle.</li>"
                    "<li><b>Plan d’actions</b> : chaque action a un maître d’ouvrage, un "
                    "calendrier et un plan de financement.</li>"
                    "<li><b>Approbation</b> : les assemblées délibèrent sur le projet de "
                    "convention, puis les partenaires signent.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "title": "Conseil pratique",
                        "text": (
                            "Associez les financeurs dès le diagnostic. Une action sans maître "
                            "d’ouvrage ni plan de financement identifiés affaiblit la convention "
                            "et sera difficile à suivre."
                        ),
                    },
                ),
                ("heading", "Contenu attendu"),
                (
                    "table",
                    {
                        "caption": "Pièces d’une convention d’ORT et points de vigilance",
                        "header": ["Pièce", "Contenu", "Point de vigilance"],
                        "rows": [
                            [
                                "Diagnostic",
                                "Habitat, commerce, services, espaces publics, patrimoine",
                                "Données datées et sourcées",
                            ],
                            [
                                "Stratégie",
                                "Enjeux hiérarchisés et objectifs",
                                "Cohérence avec le programme local de l’habitat et le document "
                                "d’urbanisme",
                            ],
                            [
                                "Secteurs d’intervention",
                                "Carte et liste des secteurs",
                                "Centre-ville clairement identifié, car plusieurs effets "
                                "juridiques en dépendent",
                            ],
                            [
                                "Plan d’actions",
                                "Fiches-actions avec maître d’ouvrage, coût et calendrier",
                                "Distinguer les actions engagées des actions à l’étude",
                            ],
                            [
                                "Gouvernance et suivi",
                                "Instances, fréquence des réunions, indicateurs",
                                "Un référent nommé par chaque signataire",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>La convention évolue dans le temps : un avenant permet d’ajouter des "
                    "actions, d’étendre un secteur d’intervention ou d’accueillir un nouveau "
                    "signataire. Prévoyez dès l’origine la manière dont ces avenants seront "
                    "préparés et approuvés.</p>",
                ),
            ],
        },
        {
            "slug": "ort-urbanisme-commercial",
            "title": "Urbanisme commercial : dispense en centre-ville, suspension en périphérie",
            "summary": (
                "Comment l’ORT agit sur l’urbanisme commercial : dispense d’autorisation "
                "d’exploitation commerciale dans les secteurs de centre-ville, et faculté pour "
                "le préfet de suspendre l’examen de projets situés en dehors."
            ),
            "status": "in_force",
            "up_to_date": "2026-09-07",
            "legal_references": [
                ("Code de commerce, article L. 752-1", LEGIFRANCE),
                ("Code de commerce, article L. 752-1-2", LEGIFRANCE),
                (
                    "Décret n° 2019-795 du 26 juillet 2019 relatif à la faculté de suspension de "
                    "la procédure d’autorisation d’exploitation commerciale",
                    LEGIFRANCE,
                ),
            ],
            "body": [
                ("heading", "Rappel : l’autorisation d’exploitation commerciale"),
                (
                    "paragraph",
                    "<p>L’article L. 752-1 du code de commerce soumet certains projets à une "
                    "autorisation d’exploitation commerciale, délivrée après examen par la "
                    "commission départementale d’aménagement commercial (CDAC). C’est le cas, par "
                    "exemple, de la création d’un magasin de commerce de détail dont la surface "
                    "de vente dépasse 1 000 mètres carrés. Lorsque le projet nécessite un permis "
                    "de construire, ce permis tient lieu d’autorisation.</p>",
                ),
                ("heading", "Dans les secteurs de centre-ville : une dispense"),
                (
                    "paragraph",
                    "<p>Un projet situé dans un secteur d’intervention de l’ORT qui comprend un "
                    "centre-ville identifié par la convention peut être dispensé d’autorisation "
                    "d’exploitation commerciale. Le but est de faciliter l’installation de "
                    "commerces là où la convention veut concentrer l’activité.</p>"
                    "<p>Les conditions de cette dispense ont évolué depuis 2018. Vérifiez la "
                    "rédaction en vigueur du code de commerce avant de l’annoncer à un porteur "
                    "de projet.</p>",
                ),
                ("heading", "Hors des secteurs d’intervention : la suspension"),
                (
                    "paragraph",
                    "<p>L’article L. 752-1-2 du code de commerce permet au préfet de suspendre, "
                    "au cas par cas, l’enregistrement et l’examen en CDAC de demandes portant sur "
                    "des projets situés hors des secteurs d’intervention, lorsque ces projets "
                    "risquent de compromettre les objectifs de l’ORT. Le décret du 26 juillet "
                    "2019 organise la procédure : saisine du préfet, contenu et publication de "
                    "l’arrêté de suspension, prorogation éventuelle, reprise de l’instruction à "
                    "l’issue de la suspension.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Attention",
                        "text": (
                            "La suspension reste une mesure exceptionnelle, décidée projet par "
                            "projet. Le Conseil d’État en a admis le principe en 2021, mais "
                            "chaque arrêté doit être motivé au regard des objectifs de la "
                            "convention et de la situation du commerce local."
                        ),
                    },
                ),
                ("heading", "Conseils d’instruction"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Tenez à jour un état de la vacance commerciale dans les secteurs de "
                    "centre-ville : il sert à motiver une éventuelle suspension.</li>"
                    "<li>Conservez une carte des secteurs d’intervention précise et datée, "
                    "annexée à la convention et à chaque avenant.</li>"
                    "<li>Associez la chambre de commerce et d’industrie et la chambre de métiers "
                    "et de l’artisanat dès l’élaboration de la stratégie commerciale.</li>"
                    "</ul>",
                ),
            ],
        },
    ],
    "reportings": [
        {
            "slug": "bilan-2025-conventions-ort",
            "title": "Bilan 2025 des conventions d’ORT suivies par la communauté",
            "summary": (
                "Synthèse de l’année 2025 établie à partir des retours des membres. Chiffres "
                "fictifs à titre d’exemple : ils illustrent le format d’un bilan et ne décrivent "
                "aucun territoire réel."
            ),
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "key_figures": [
                {
                    "label": "Conventions d’ORT suivies par les membres",
                    "value": "38",
                    "unit": "conventions",
                    "period": "2025",
                },
                {
                    "label": "Avenants signés dans l’année",
                    "value": "11",
                    "unit": "avenants",
                    "period": "2025",
                },
                {
                    "label": "Actions inscrites dans les plans d’actions",
                    "value": "412",
                    "unit": "actions",
                    "period": "au 31 décembre 2025",
                },
                {
                    "label": "Part des actions consacrées à l’habitat",
                    "value": "41",
                    "unit": "%",
                    "period": "2025",
                },
            ],
            "body": [
                ("heading", "Méthode"),
                (
                    "paragraph",
                    "<p>Les membres de la communauté ont répondu en janvier 2026 à un "
                    "questionnaire sur les conventions qu’ils suivent. Les données sont "
                    "déclaratives et n’ont pas été rapprochées d’une source nationale.</p>",
                ),
                ("heading", "Enseignements"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Les avenants servent surtout à ajouter des actions d’habitat et à "
                    "préciser les secteurs d’intervention.</li>"
                    "<li>Les actions commerciales avancent moins vite que prévu, souvent faute "
                    "de maître d’ouvrage identifié.</li>"
                    "<li>Les conventions les plus avancées disposent d’un tableau de suivi mis à "
                    "jour chaque trimestre.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": "Tous les chiffres de ce bilan sont inventés pour la démonstration du portail.",
                    },
                ),
            ],
        },
    ],
    "articles": [
        {
            "slug": "ort-trois-centralites-val-d-arsenne",
            "title": "Une ORT à trois centralités : retour d’expérience du Val d’Arsenne (exemple fictif)",
            "summary": (
                "Comment une communauté de communes fictive a construit une seule convention "
                "pour sa ville principale et deux bourgs-centres, et ce qu’elle en retient après "
                "deux ans."
            ),
            "author_name": (
                "Marion Delcourt, chargée de mission revitalisation, direction départementale "
                "des territoires (personne fictive)"
            ),
            "date": "2026-04-14",
            "body": [
                (
                    "paragraph",
                    "<p>La communauté de communes du Val d’Arsenne est un territoire inventé pour "
                    "ce portail. Son cas rassemble des situations que les membres de la "
                    "communauté rencontrent souvent.</p>",
                ),
                ("heading", "Le point de départ"),
                (
                    "paragraph",
                    "<p>La ville principale concentrait les services, mais deux bourgs-centres "
                    "jouaient un rôle de proximité pour les communes rurales voisines. Les élus "
                    "ne voulaient pas d’une convention centrée sur la seule ville principale.</p>"
                    "<p>La convention a donc délimité trois secteurs d’intervention : le "
                    "centre-ville de la ville principale et le cœur de chacun des deux "
                    "bourgs.</p>",
                ),
                ("heading", "Ce qui a fonctionné"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Un référent par commune, réuni chaque mois par l’intercommunalité.</li>"
                    "<li>Une OPAH-RU couvrant les trois secteurs, avec un seul opérateur.</li>"
                    "<li>Des fiches-actions courtes, mises à jour à chaque réunion.</li>"
                    "</ul>",
                ),
                ("heading", "Ce qui reste difficile"),
                (
                    "paragraph",
                    "<p>Les deux bourgs manquent d’ingénierie pour porter des projets d’espaces "
                    "publics. L’intercommunalité envisage de mutualiser un poste de chargé "
                    "d’opération.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": (
                            "Le Val d’Arsenne, ses communes et les personnes citées sont "
                            "inventés. Les enseignements sont présentés à titre d’illustration."
                        ),
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Community 2: reconquête de l’habitat ancien (public)
# ---------------------------------------------------------------------------

_HABITAT_ANCIEN = {
    "slug": "habitat-ancien",
    "title": "Reconquête de l’habitat ancien",
    "visibility": "public",
    "summary": (
        "Outils et retours d’expérience pour remettre en état les logements anciens dégradés "
        "des centres : opérations programmées, aides de l’Anah, dispositif Denormandie et "
        "contraintes patrimoniales."
    ),
    "description": (
        "<p>Dans de nombreux centres anciens, des immeubles se dégradent faute d’entretien ou "
        "de propriétaires en mesure d’investir. Leur réhabilitation conditionne le retour "
        "d’habitants et de commerces.</p>"
        "<p>Cette communauté partage des fiches sur les opérations programmées d’amélioration "
        "de l’habitat, les aides de l’Agence nationale de l’habitat (Anah), les avantages "
        "fiscaux et la conduite de travaux en secteur protégé.</p>"
        "<p>Les fiches fiscales sont relues par un expert de la communauté. Elles ne remplacent "
        "pas la documentation de l’administration fiscale, à laquelle elles renvoient.</p>"
    ),
    "memberships": [
        ("animateur.habitat", "facilitator"),
        ("expert.fiscalite", "expert"),
        ("membre.multi", "member"),
    ],
    "instructions": [
        {
            "slug": "opah-et-opah-ru",
            "title": "OPAH et OPAH-RU : monter une opération programmée",
            "summary": (
                "Ce qu’est une opération programmée d’amélioration de l’habitat, ce qui "
                "distingue l’OPAH de renouvellement urbain, et les étapes de l’étude "
                "pré-opérationnelle à l’évaluation."
            ),
            "status": "in_force",
            "up_to_date": "2026-05-20",
            "legal_references": [
                ("Code de la construction et de l’habitation, article L. 303-1", LEGIFRANCE),
                ("Agence nationale de l’habitat (Anah)", "https://www.anah.gouv.fr/"),
            ],
            "body": [
                ("heading", "Le principe"),
                (
                    "paragraph",
                    "<p>L’opération programmée d’amélioration de l’habitat (OPAH), prévue par "
                    "l’article L. 303-1 du code de la construction et de l’habitation, fait "
                    "l’objet d’une convention entre la commune ou l’intercommunalité compétente, "
                    "l’État et l’Anah. Pour un périmètre et une durée déterminés, elle fixe des "
                    "objectifs de réhabilitation du parc privé et les moyens de les atteindre : "
                    "aides aux travaux, souvent complétées par la collectivité, et "
                    "accompagnement gratuit des propriétaires par une équipe d’animation.</p>",
                ),
                ("heading", "Les principales variantes"),
                (
                    "table",
                    {
                        "caption": "Opérations programmées et programmes d’intérêt général",
                        "header": ["Dispositif", "Territoire visé", "Particularités"],
                        "rows": [
                            [
                                "OPAH",
                                "Bourg, quartier ou intercommunalité",
                                "Incitation des propriétaires occupants et bailleurs",
                            ],
                            [
                                "OPAH de renouvellement urbain (OPAH-RU)",
                                "Quartiers anciens très dégradés",
                                "Associe l’incitation à des outils coercitifs et à des "
                                "interventions foncières",
                            ],
                            [
                                "OPAH de revitalisation rurale (OPAH-RR)",
                                "Territoires ruraux",
                                "Adaptée aux enjeux des bourgs et des villages",
                            ],
                            [
                                "OPAH copropriétés dégradées",
                                "Une ou plusieurs copropriétés en difficulté",
                                "Combine redressement de la gestion et travaux",
                            ],
                            [
                                "Programme d’intérêt général (PIG)",
                                "Territoire large, sans périmètre de projet urbain",
                                "Traite une thématique, par exemple l’énergie, l’autonomie ou "
                                "l’habitat indigne",
                            ],
                        ],
                    },
                ),
                ("heading", "Les étapes"),
                (
                    "paragraph",
                    "<ol>"
                    "<li><b>Étude pré-opérationnelle</b> : repérage des immeubles, analyse du "
                    "marché, objectifs chiffrés et liste des immeubles prioritaires.</li>"
                    "<li><b>Convention</b> : objectifs, aides mobilisées, engagements financiers "
                    "de chaque signataire, durée.</li>"
                    "<li><b>Suivi-animation</b> : information des propriétaires, visites, "
                    "montage des dossiers de subvention, en régie ou par un opérateur.</li>"
                    "<li><b>Bilans et évaluation finale</b> : ils servent à ajuster les "
                    "objectifs et à préparer la suite.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "title": "À retenir",
                        "text": (
                            "En OPAH-RU, l’incitation ne suffit pas toujours. Repérez dès l’étude "
                            "pré-opérationnelle les immeubles qui relèveront d’outils coercitifs, "
                            "et prévoyez qui portera les acquisitions si les propriétaires "
                            "n’agissent pas."
                        ),
                    },
                ),
                ("heading", "Articulation avec l’ORT"),
                (
                    "paragraph",
                    "<p>Dans une commune signataire d’une ORT, l’OPAH-RU constitue souvent le "
                    "volet habitat de la convention. Faites alors coïncider ses périmètres avec "
                    "les secteurs d’intervention de l’ORT, pour que les propriétaires reçoivent "
                    "un message unique.</p>",
                ),
            ],
        },
        {
            "slug": "dispositif-denormandie",
            "title": "Le dispositif Denormandie dans l’ancien",
            "summary": (
                "Réduction d’impôt sur le revenu pour l’achat d’un logement ancien à rénover puis "
                "à louer dans une commune éligible : conditions de travaux et de location, et "
                "points à vérifier avant d’en parler à un investisseur."
            ),
            "status": "in_force",
            "up_to_date": "2026-07-03",
            "legal_references": [
                ("Code général des impôts, article 199 novovicies", LEGIFRANCE),
                (
                    "Documentation fiscale pour les particuliers (impots.gouv.fr)",
                    "https://www.impots.gouv.fr/",
                ),
                ("Fiches pratiques (service-public.fr)", "https://www.service-public.fr/"),
            ],
            "body": [
                ("heading", "Principe"),
                (
                    "paragraph",
                    "<p>Créé par la loi de finances pour 2019, le dispositif Denormandie étend la "
                    "réduction d’impôt dite « Pinel », prévue à l’article 199 novovicies du code "
                    "général des impôts, à l’achat de logements anciens qui font l’objet de "
                    "travaux d’amélioration. Il vise deux catégories de communes : celles dont "
                    "le besoin de réhabilitation de l’habitat en centre-ville est "
                    "particulièrement marqué, dont la liste est fixée par arrêté, et celles qui "
                    "ont signé une convention d’opération de revitalisation de territoire.</p>",
                ),
                (
                    "key_figure",
                    {
                        "label": "Part minimale des travaux dans le coût total de l’opération (achat et travaux)",
                        "value": "25",
                        "unit": "%",
                        "period": "Depuis la création du dispositif en 2019",
                    },
                ),
                ("heading", "Conditions principales"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Travaux</b> : ils représentent au moins 25 % du coût total de "
                    "l’opération et sont facturés par une entreprise. Ils doivent en outre "
                    "améliorer la performance énergétique du logement ou relever de catégories "
                    "fixées par voie réglementaire.</li>"
                    "<li><b>Location</b> : le logement est loué nu, comme résidence principale "
                    "du locataire, pendant six ou neuf ans, durée prorogeable jusqu’à douze "
                    "ans.</li>"
                    "<li><b>Plafonds</b> : le loyer et les ressources du locataire ne dépassent "
                    "pas des plafonds fixés selon la zone.</li>"
                    "<li><b>Localisation</b> : le logement se trouve dans une commune "
                    "éligible.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Attention",
                        "text": (
                            "Le dispositif a été prorogé à plusieurs reprises par les lois de "
                            "finances. Vérifiez la date limite d’acquisition en vigueur sur "
                            "impots.gouv.fr avant toute communication auprès du public."
                        ),
                    },
                ),
                ("heading", "Le rôle des services de l’État et des collectivités"),
                (
                    "paragraph",
                    "<p>Le dispositif ne produit d’effet que s’il est connu des notaires, des "
                    "agences immobilières et des investisseurs locaux. Dans une commune en ORT, "
                    "présentez-le avec les aides de l’OPAH-RU et orientez chaque porteur de "
                    "projet vers un conseiller fiscal : les règles de cumul avec d’autres aides "
                    "et le plafonnement des avantages fiscaux s’apprécient au cas par cas.</p>",
                ),
            ],
        },
        {
            "slug": "habiter-mieux-serenite",
            "title": "Habiter Mieux Sérénité (dispositif remplacé en 2022)",
            "summary": (
                "Fiche archivée. L’aide Habiter Mieux Sérénité de l’Anah a été remplacée le 1er "
                "janvier 2022 par MaPrimeRénov’ Sérénité. La fiche reste consultable pour lire "
                "les bilans des opérations antérieures."
            ),
            "status": "repealed",
            "up_to_date": "2022-01-01",
            "legal_references": [
                ("Agence nationale de l’habitat (Anah)", "https://www.anah.gouv.fr/"),
                (
                    "Aides à la rénovation du logement (service-public.fr)",
                    "https://www.service-public.fr/",
                ),
            ],
            "body": [
                (
                    "callout",
                    {
                        "title": "Fiche abrogée",
                        "text": (
                            "Ce dispositif n’accepte plus de nouvelles demandes depuis le 1er "
                            "janvier 2022. N’utilisez pas cette fiche pour conseiller un ménage : "
                            "les aides en vigueur sont présentées sur le site de l’Anah."
                        ),
                    },
                ),
                ("heading", "Ce qu’était le dispositif"),
                (
                    "paragraph",
                    "<p>Habiter Mieux Sérénité était une aide de l’Anah destinée principalement "
                    "aux propriétaires occupants aux ressources modestes ou très modestes. Elle "
                    "finançait un ensemble de travaux de rénovation énergétique qui devait "
                    "atteindre un gain d’énergie minimal, avec l’accompagnement obligatoire d’un "
                    "opérateur qui aidait le ménage à définir et à suivre son projet.</p>"
                    "<p>Dans les bilans d’OPAH, les dossiers correspondants étaient souvent "
                    "comptés à part, sous l’appellation « Habiter Mieux ».</p>",
                ),
                ("heading", "Ce qui l’a remplacé"),
                (
                    "paragraph",
                    "<p>Au 1er janvier 2022, l’aide est devenue MaPrimeRénov’ Sérénité, afin de "
                    "regrouper les aides de l’Anah sous une même appellation au moment du "
                    "lancement du service public France Rénov’. La nouvelle aide reprenait pour "
                    "l’essentiel la même logique : ménages modestes, ensemble de travaux, "
                    "accompagnement. Les aides à la rénovation ont encore évolué depuis : "
                    "consultez le site de l’Anah pour connaître les dispositifs ouverts "
                    "aujourd’hui.</p>"
                    "<p>Dans une convention d’OPAH signée avant 2022, les objectifs « Habiter "
                    "Mieux » désignent en pratique les dossiers de rénovation énergétique des "
                    "propriétaires occupants modestes. Lors d’un avenant, reformulez ces "
                    "objectifs avec l’appellation de l’aide en vigueur.</p>",
                ),
                ("heading", "Pourquoi conserver cette fiche"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Lire les bilans et les évaluations des opérations programmées conduites "
                    "jusqu’en 2021.</li>"
                    "<li>Comparer des séries de dossiers d’une année sur l’autre sans confondre "
                    "les appellations.</li>"
                    "<li>Répondre à un ménage qui évoque une aide obtenue avant 2022.</li>"
                    "</ul>",
                ),
            ],
        },
    ],
    "reportings": [
        {
            "slug": "observatoire-2025-operations-programmees",
            "title": "Observatoire 2025 des opérations programmées du réseau",
            "summary": (
                "Résultats consolidés des opérations programmées suivies par les membres en "
                "2025. Chiffres fictifs à titre d’exemple, destinés à montrer la structure d’un "
                "observatoire."
            ),
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "key_figures": [
                {
                    "label": "Logements ayant bénéficié d’une aide aux travaux",
                    "value": "146",
                    "unit": "logements",
                    "period": "2025",
                },
                {
                    "label": "Immeubles engagés dans une procédure coercitive",
                    "value": "9",
                    "unit": "immeubles",
                    "period": "2025",
                },
                {
                    "label": "Montant moyen des travaux par logement",
                    "value": "38 500",
                    "unit": "€",
                    "period": "2025",
                },
                {
                    "label": "Délai moyen entre le premier contact et le dépôt du dossier",
                    "value": "7",
                    "unit": "mois",
                    "period": "2025",
                },
            ],
            "body": [
                ("heading", "Périmètre"),
                (
                    "paragraph",
                    "<p>L’observatoire agrège les données de six opérations programmées "
                    "fictives : quatre OPAH-RU et deux OPAH de revitalisation rurale. Les "
                    "opérateurs ont transmis leurs tableaux de bord en février 2026.</p>",
                ),
                ("heading", "Lecture des résultats"),
                (
                    "paragraph",
                    "<p>Les objectifs de logements aidés sont atteints pour les propriétaires "
                    "occupants, mais pas pour les bailleurs. Les équipes d’animation citent le "
                    "coût des travaux en immeuble ancien et la difficulté à trouver des "
                    "entreprises disponibles.</p>"
                    "<p>Le délai de sept mois entre le premier contact et le dépôt du dossier "
                    "s’explique surtout par l’obtention des devis et, en secteur protégé, par "
                    "les échanges avec l’architecte des Bâtiments de France.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": (
                            "Les opérations, les chiffres et les constats de cet observatoire "
                            "sont inventés pour la démonstration."
                        ),
                    },
                ),
            ],
        },
    ],
    "articles": [
        {
            "slug": "rehabiliter-en-secteur-protege",
            "title": "Réhabiliter en secteur protégé : travailler tôt avec l’architecte des Bâtiments de France",
            "summary": (
                "Retour d’expérience d’une OPAH-RU en site patrimonial remarquable, dans une "
                "ville fictive : ce qui a permis de réduire les allers-retours sur les dossiers "
                "de travaux."
            ),
            "author_name": (
                "Antoine Girard, chargé d’opération habitat, service habitat d’une direction "
                "départementale des territoires (personne fictive)"
            ),
            "date": "2026-09-22",
            "body": [
                ("heading", "Le cadre"),
                (
                    "paragraph",
                    "<p>Dans un site patrimonial remarquable et dans les abords des monuments "
                    "historiques, deux protections prévues par le code du patrimoine, les travaux "
                    "qui modifient l’aspect extérieur d’un immeuble sont soumis à l’accord de "
                    "l’architecte des Bâtiments de France (ABF). En l’absence de périmètre "
                    "délimité, les abords couvrent les immeubles visibles du monument, ou "
                    "visibles en même temps que lui, situés à moins de 500 mètres.</p>"
                    "<p>À Vireleau, ville inventée pour cet article, le centre ancien est couvert "
                    "par un site patrimonial remarquable. L’OPAH-RU y a démarré avec trop de "
                    "dossiers renvoyés pour modification.</p>",
                ),
                ("heading", "Ce que l’équipe a changé"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Une permanence mensuelle commune de l’ABF et de l’équipe d’animation, "
                    "sur rendez-vous, avant tout dépôt de dossier.</li>"
                    "<li>Un cahier de recommandations illustré pour les menuiseries, les enduits "
                    "et l’isolation, rédigé avec l’ABF.</li>"
                    "<li>Une visite commune de chaque immeuble prioritaire par l’ABF et "
                    "l’opérateur.</li>"
                    "</ul>",
                ),
                ("heading", "Isolation et patrimoine"),
                (
                    "paragraph",
                    "<p>Les murs anciens en pierre ou en pan de bois supportent mal certains "
                    "isolants étanches à la vapeur d’eau. Le cahier de recommandations privilégie "
                    "des enduits et des isolants perméables à la vapeur, souvent biosourcés, qui "
                    "préservent le comportement du mur et l’aspect des façades.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": (
                            "Vireleau et son opération sont inventés. Les pratiques décrites sont "
                            "des pistes, sans valeur de prescription."
                        ),
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Community 3: filières vertes (public)
# ---------------------------------------------------------------------------

_FILIERES_VERTES = {
    "slug": "filieres-vertes",
    "title": "Filières vertes",
    "visibility": "public",
    "summary": (
        "Construire et rénover avec des matériaux biosourcés, géosourcés ou de réemploi : "
        "réglementation environnementale, label et leviers de la commande publique."
    ),
    "description": (
        "<p>Bois, chanvre, paille, laine, ouate de cellulose, terre crue, pierre ou matériaux "
        "de réemploi : les filières de matériaux à faible impact carbone se structurent dans "
        "de nombreuses régions.</p>"
        "<p>Cette communauté aide les maîtres d’ouvrage publics et les services qui les "
        "conseillent à comprendre les exigences de la RE2020, à utiliser le label « bâtiment "
        "biosourcé » et à ouvrir leurs marchés à ces matériaux sans fragiliser la sécurité "
        "juridique des consultations.</p>"
    ),
    "memberships": [
        ("animatrice.filieres", "facilitator"),
        ("membre.multi", "member"),
    ],
    "instructions": [
        {
            "slug": "re2020-reperes",
            "title": "RE2020 : repères pour les maîtres d’ouvrage publics",
            "summary": (
                "Champ d’application, indicateurs et calendrier de la réglementation "
                "environnementale des bâtiments neufs, et ce qu’elle change pour le choix des "
                "matériaux."
            ),
            "status": "in_force",
            "up_to_date": "2026-04-28",
            "legal_references": [
                (
                    "Décret n° 2021-1004 du 29 juillet 2021 relatif aux exigences de performance "
                    "énergétique et environnementale des constructions de bâtiments en France "
                    "métropolitaine",
                    LEGIFRANCE,
                ),
                (
                    "Arrêté du 4 août 2021 (exigences de moyens et méthode de calcul de la RE2020)",
                    LEGIFRANCE,
                ),
            ],
            "body": [
                ("heading", "Champ d’application"),
                (
                    "paragraph",
                    "<p>La réglementation environnementale 2020 (RE2020) a succédé à la "
                    "réglementation thermique 2012 pour les bâtiments neufs. Elle s’applique aux "
                    "bâtiments d’habitation dont la demande de permis de construire ou la "
                    "déclaration préalable a été déposée à partir du 1er janvier 2022, puis aux "
                    "bureaux et aux bâtiments d’enseignement primaire ou secondaire à partir du "
                    "1er juillet 2022. D’autres catégories de bâtiments tertiaires entrent dans "
                    "son champ par étapes.</p>"
                    "<p>Elle poursuit trois objectifs : donner la priorité à la sobriété "
                    "énergétique et à une énergie décarbonée, diminuer l’impact carbone de la "
                    "construction et garantir le confort en cas de forte chaleur.</p>",
                ),
                ("heading", "Les indicateurs"),
                (
                    "table",
                    {
                        "caption": "Les exigences de résultat de la RE2020",
                        "header": ["Indicateur", "Ce qu’il mesure"],
                        "rows": [
                            [
                                "Bbio",
                                "Besoin bioclimatique : besoins de chauffage, de refroidissement "
                                "et d’éclairage liés à la conception du bâti",
                            ],
                            [
                                "Cep et Cep,nr",
                                "Consommation d’énergie primaire, totale et non renouvelable",
                            ],
                            [
                                "Ic énergie",
                                "Impact sur le changement climatique des consommations d’énergie",
                            ],
                            [
                                "Ic construction",
                                "Impact sur le changement climatique des produits de "
                                "construction, des équipements et du chantier",
                            ],
                            ["DH", "Degrés-heures d’inconfort estival"],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>L’impact carbone est évalué par une analyse du cycle de vie dite "
                    "dynamique, qui donne plus de poids aux émissions immédiates qu’aux émissions "
                    "lointaines. Un matériau qui stocke du carbone biogénique pendant la vie du "
                    "bâtiment, comme le bois ou la paille, est donc favorisé. Les seuils de "
                    "l’indicateur Ic construction se resserrent par paliers, en 2025, 2028 et "
                    "2031.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "À retenir",
                        "text": (
                            "La RE2020 ne rend aucun matériau obligatoire. Elle fixe des "
                            "résultats à atteindre, et sa méthode de calcul valorise le carbone "
                            "stocké dans les matériaux biosourcés."
                        ),
                    },
                ),
                ("heading", "Conséquences pour la maîtrise d’ouvrage"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Fixez dans le programme un objectif carbone plus exigeant que le seuil "
                    "en vigueur si vous voulez anticiper les paliers suivants.</li>"
                    "<li>Demandez l’étude thermique et environnementale dès l’esquisse, et pas "
                    "seulement au dépôt du permis.</li>"
                    "<li>Vérifiez que les produits choisis disposent de données "
                    "environnementales, comme les fiches de déclaration environnementale et "
                    "sanitaire (FDES). À défaut, le calcul retient des valeurs par défaut "
                    "pénalisantes.</li>"
                    "</ul>",
                ),
            ],
        },
        {
            "slug": "label-batiment-biosource",
            "title": "Le label « bâtiment biosourcé »",
            "summary": (
                "Un label d’État facultatif qui atteste la quantité de carbone biogénique stockée "
                "dans un bâtiment neuf : ce qui a changé en 2024 et comment le demander."
            ),
            "status": "in_force",
            "up_to_date": "2026-08-25",
            "legal_references": [
                ("Code de la construction et de l’habitation, article D. 171-6", LEGIFRANCE),
                (
                    "Arrêté du 2 juillet 2024 relatif au contenu et aux conditions d’attribution "
                    "du label prévu à l’article D. 171-6 du code de la construction et de "
                    "l’habitation",
                    LEGIFRANCE,
                ),
                (
                    "Décret n° 2012-518 du 19 avril 2012 relatif au label « bâtiment biosourcé »",
                    LEGIFRANCE,
                ),
            ],
            "body": [
                ("heading", "Origine et objet"),
                (
                    "paragraph",
                    "<p>Le label « bâtiment biosourcé » a été créé par un décret du 19 avril "
                    "2012. Il est aujourd’hui prévu par l’article D. 171-6 du code de la "
                    "construction et de l’habitation. Il concerne les bâtiments neufs et il est "
                    "attribué à la demande du maître d’ouvrage : aucune construction n’est tenue "
                    "de l’obtenir.</p>",
                ),
                ("heading", "La révision de 2024"),
                (
                    "paragraph",
                    "<p>Un arrêté du 2 juillet 2024 a remplacé l’arrêté du 19 décembre 2012, qui "
                    "fixait jusque-là les conditions d’attribution. Il s’applique aux demandes "
                    "présentées à partir du 1er septembre 2024. Deux changements sont à "
                    "connaître :</p>"
                    "<ul>"
                    "<li>le critère principal est désormais la quantité de carbone biogénique "
                    "stocké dans les produits de construction biosourcés, exprimée en "
                    "kilogrammes de carbone par mètre carré de surface de référence et calculée "
                    "selon la méthode de la RE2020 ;</li>"
                    "<li>des exigences de mixité imposent d’employer des produits biosourcés "
                    "pour plusieurs fonctions du bâtiment, en particulier pour atteindre les "
                    "niveaux supérieurs.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p>Le label comporte trois niveaux, dont les seuils dépendent de l’usage "
                    "principal du bâtiment : habitation, industrie et stockage, autres usages. "
                    "Les produits en bois doivent être accompagnés d’une attestation de gestion "
                    "durable des forêts dont ils sont issus.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Conseil pratique",
                        "text": (
                            "Décidez de viser le label dès la programmation. Le calcul du carbone "
                            "stocké reprend les données de la RE2020 : si la maîtrise d’œuvre les "
                            "produit dès les premières phases, la demande de label demande peu de "
                            "travail supplémentaire."
                        ),
                    },
                ),
                ("heading", "Comment le demander"),
                (
                    "paragraph",
                    "<p>Le maître d’ouvrage s’adresse à un organisme qui a passé une convention "
                    "avec l’État pour délivrer le label. Il fournit les éléments de calcul et les "
                    "justificatifs des produits mis en œuvre. L’organisme procède ensuite aux "
                    "contrôles prévus par l’arrêté avant d’attribuer le niveau atteint.</p>",
                ),
            ],
        },
        {
            "slug": "commande-publique-materiaux-biosources",
            "title": "Commande publique : ouvrir les marchés aux matériaux biosourcés, géosourcés et de réemploi",
            "summary": (
                "Ce que le droit demande aux acheteurs publics, et comment rédiger un programme "
                "et une consultation qui laissent leur place aux matériaux biosourcés, "
                "géosourcés et de réemploi."
            ),
            "status": "in_force",
            "up_to_date": "2026-10-15",
            "legal_references": [
                ("Code de l’environnement, article L. 228-4", LEGIFRANCE),
                ("Code de la commande publique, article L. 2111-1", LEGIFRANCE),
                (
                    "Loi n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage "
                    "et à l’économie circulaire (AGEC)",
                    LEGIFRANCE,
                ),
                (
                    "Loi n° 2021-1104 du 22 août 2021 portant lutte contre le dérèglement "
                    "climatique et renforcement de la résilience face à ses effets (Climat et "
                    "résilience)",
                    LEGIFRANCE,
                ),
            ],
            "body": [
                ("heading", "Ce que prévoit le code de l’environnement"),
                (
                    "legal_quote",
                    {
                        "text": (
                            "La commande publique tient compte notamment de la performance "
                            "environnementale des produits, en particulier de leur caractère "
                            "biosourcé."
                        ),
                        "reference": "Code de l’environnement, article L. 228-4, premier alinéa",
                        "url": LEGIFRANCE,
                    },
                ),
                (
                    "paragraph",
                    "<p>Le même article demande, pour la construction et la rénovation de "
                    "bâtiments, de prendre en compte la lutte contre les émissions de gaz à effet "
                    "de serre et le stockage du carbone, et de veiller au recours à des "
                    "matériaux de réemploi ou issus de ressources renouvelables. Il fixe aussi un "
                    "objectif : à partir du 1er janvier 2030, des matériaux biosourcés ou bas "
                    "carbone doivent être employés dans au moins 25 % des rénovations lourdes et "
                    "des constructions relevant de la commande publique, selon des modalités "
                    "précisées par décret.</p>",
                ),
                ("heading", "Définir le besoin"),
                (
                    "paragraph",
                    "<p>Le code de la commande publique impose de définir le besoin en tenant "
                    "compte d’objectifs de développement durable. L’essentiel se joue donc dans "
                    "le programme : objectif carbone, part de matériaux biosourcés, diagnostic "
                    "des produits, équipements, matériaux et déchets (PEMD) avant une démolition "
                    "ou une réhabilitation lourde. Avant la consultation, l’acheteur peut aussi "
                    "échanger avec les entreprises et les filières pour connaître l’offre "
                    "disponible, en respectant l’égalité de traitement.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Attention",
                        "text": (
                            "Un acheteur ne peut pas exiger une origine locale des matériaux, car "
                            "ce serait une discrimination entre opérateurs. Il peut en revanche "
                            "valoriser, par des critères liés à l’objet du marché, l’impact "
                            "carbone du transport ou la performance environnementale des "
                            "produits."
                        ),
                    },
                ),
                ("heading", "Rédiger la consultation"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Autorisez les variantes, pour que les entreprises puissent proposer des "
                    "solutions biosourcées ou de réemploi.</li>"
                    "<li>Allotissez de façon à permettre aux artisans spécialisés, par exemple "
                    "en construction paille ou en terre crue, de répondre.</li>"
                    "<li>Pour les techniques qui relèvent de règles professionnelles, vérifiez "
                    "que l’entreprise est assurée pour ces travaux.</li>"
                    "<li>En application de la loi Climat et résilience de 2021, l’attribution des "
                    "marchés doit prendre en compte au moins un critère environnemental, au plus "
                    "tard en 2026.</li>"
                    "</ul>",
                ),
            ],
        },
    ],
    "reportings": [
        {
            "slug": "panorama-2025-operations-biosourcees",
            "title": "Panorama 2025 des opérations publiques en matériaux biosourcés",
            "summary": (
                "Recensement des opérations signalées par les membres en 2025. Chiffres fictifs "
                "à titre d’exemple, sans lien avec des opérations réelles."
            ),
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "key_figures": [
                {
                    "label": "Opérations recensées",
                    "value": "27",
                    "unit": "opérations",
                    "period": "2025",
                },
                {
                    "label": "Surface de plancher cumulée",
                    "value": "41 800",
                    "unit": "m²",
                    "period": "2025",
                },
                {
                    "label": "Opérations intégrant des matériaux de réemploi",
                    "value": "9",
                    "unit": "opérations",
                    "period": "2025",
                },
                {
                    "label": "Bâtiments labellisés ou en cours de labellisation",
                    "value": "6",
                    "unit": "bâtiments",
                    "period": "au 31 décembre 2025",
                },
            ],
            "body": [
                ("heading", "Ce que recense le panorama"),
                (
                    "paragraph",
                    "<p>Le panorama porte sur les opérations publiques, neuves ou de "
                    "réhabilitation, livrées ou en chantier en 2025, que les membres de la "
                    "communauté ont signalées. Il retient pour chacune le matériau biosourcé ou "
                    "géosourcé principal.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Répartition des opérations par matériau principal (chiffres fictifs)",
                        "header": ["Matériau principal", "Opérations", "Part"],
                        "rows": [
                            ["Bois en structure", "12", "44 %"],
                            [
                                "Isolants biosourcés (fibre de bois, chanvre, ouate de cellulose)",
                                "8",
                                "30 %",
                            ],
                            ["Paille", "4", "15 %"],
                            ["Terre crue", "3", "11 %"],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": "Les opérations et les chiffres de ce panorama sont inventés pour la démonstration.",
                    },
                ),
            ],
        },
    ],
    "articles": [
        {
            "slug": "groupe-scolaire-paille-terre-crue",
            "title": "Un groupe scolaire en paille et terre crue : récit d’un chantier (exemple fictif)",
            "summary": (
                "Une commune fictive raconte comment elle a programmé, consulté et suivi la "
                "construction d’une école isolée en paille, avec des enduits intérieurs en terre "
                "crue."
            ),
            "author_name": (
                "Élodie Marchetti, conseillère construction durable, direction régionale de "
                "l’environnement, de l’aménagement et du logement (personne fictive)"
            ),
            "date": "2026-05-19",
            "body": [
                (
                    "paragraph",
                    "<p>La commune d’Aurignol, inventée pour cet article, devait remplacer une "
                    "école vétuste de quatre classes. L’équipe municipale souhaitait un bâtiment "
                    "sobre, construit avec des matériaux disponibles dans la région.</p>",
                ),
                ("heading", "Programmation"),
                (
                    "paragraph",
                    "<p>Le programme fixait un objectif carbone plus exigeant que le seuil de la "
                    "RE2020 applicable et demandait une étude de faisabilité comparant trois "
                    "variantes constructives. La variante retenue associe une ossature bois, un "
                    "remplissage en bottes de paille et des enduits intérieurs en terre "
                    "crue.</p>",
                ),
                ("heading", "Consultation"),
                (
                    "paragraph",
                    "<p>Le marché a été alloti pour qu’un artisan spécialisé puisse répondre seul "
                    "au lot paille. Avant la remise des offres, la commune a organisé pour les "
                    "entreprises intéressées la visite d’un chantier comparable.</p>",
                ),
                ("heading", "Chantier"),
                (
                    "paragraph",
                    "<p>Le stockage des bottes de paille à l’abri de l’humidité a demandé une "
                    "organisation précise. Les enduits de terre ont été appliqués à la fin de "
                    "l’été, pour leur laisser le temps de sécher avant la rentrée.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": (
                            "La commune, l’école et les choix décrits sont inventés. Ils "
                            "illustrent une démarche possible et ne constituent pas une "
                            "prescription technique."
                        ),
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Community 4: mobilisation des logements vacants (public)
# ---------------------------------------------------------------------------

_LOGEMENTS_VACANTS = {
    "slug": "logements-vacants",
    "title": "Mobilisation des logements vacants",
    "visibility": "public",
    "summary": (
        "Repérer les logements vacants, comprendre les taxes qui s’y appliquent et convaincre "
        "les propriétaires de les remettre sur le marché."
    ),
    "description": (
        "<p>Remettre sur le marché un logement vacant permet de loger un ménage sans consommer "
        "de foncier nouveau. C’est l’objet du plan national de lutte contre les logements "
        "vacants lancé en 2020.</p>"
        "<p>Cette communauté partage des fiches sur la fiscalité de la vacance, sur les données "
        "qui permettent de la repérer et sur les démarches auprès des propriétaires. Les fiches "
        "fiscales sont relues par l’expert de la communauté.</p>"
    ),
    "memberships": [
        ("animateur.vacance", "facilitator"),
        ("expert.fiscalite", "expert"),
    ],
    "instructions": [
        {
            "slug": "taxe-logements-vacants",
            "title": "La taxe annuelle sur les logements vacants (TLV)",
            "summary": (
                "Communes concernées, logements imposables, assiette et taux, et cas dans "
                "lesquels la taxe n’est pas due, selon l’article 232 du code général des impôts."
            ),
            "status": "in_force",
            "up_to_date": "2026-06-30",
            "legal_references": [
                ("Code général des impôts, article 232", LEGIFRANCE),
                (
                    "Loi n° 2022-1726 du 30 décembre 2022 de finances pour 2023, articles 73 et 74",
                    LEGIFRANCE,
                ),
                ("Taxe sur les logements vacants (impots.gouv.fr)", "https://www.impots.gouv.fr/"),
            ],
            "body": [
                ("heading", "Communes concernées"),
                (
                    "paragraph",
                    "<p>La TLV s’applique de plein droit dans les communes dont la liste est "
                    "fixée par décret. Depuis la loi de finances pour 2023, l’article 232 du code "
                    "général des impôts vise deux catégories de communes :</p>"
                    "<ul>"
                    "<li>celles qui appartiennent à une zone d’urbanisation continue de plus de "
                    "50 000 habitants où l’offre et la demande de logements sont nettement "
                    "déséquilibrées, ce qui se traduit notamment par des loyers et des prix "
                    "élevés ;</li>"
                    "<li>d’autres communes où ce déséquilibre existe aussi, en particulier "
                    "lorsque la part des logements qui ne sont pas des résidences principales est "
                    "élevée.</li>"
                    "</ul>",
                ),
                ("heading", "Logements imposables et calcul"),
                (
                    "paragraph",
                    "<p>La taxe est due pour chaque logement vacant depuis au moins une année au "
                    "1er janvier de l’année d’imposition. Les logements des organismes HLM et des "
                    "sociétés d’économie mixte destinés à être attribués sous conditions de "
                    "ressources en sont exclus. Le redevable est le propriétaire, l’usufruitier, "
                    "le preneur à bail à construction ou à réhabilitation, ou l’emphytéote.</p>"
                    "<p>L’assiette est la valeur locative du logement. Le taux, relevé par la loi "
                    "de finances pour 2023, est de 17 % la première année d’imposition et de "
                    "34 % à partir de la deuxième.</p>",
                ),
                (
                    "key_figure",
                    {
                        "label": "Durée d’occupation au-delà de laquelle un logement n’est pas considéré comme vacant",
                        "value": "90",
                        "unit": "jours consécutifs",
                        "period": "Au cours de la période de référence",
                    },
                ),
                ("heading", "Cas où la taxe n’est pas due"),
                (
                    "legal_quote",
                    {
                        "text": "La taxe n'est pas due en cas de vacance indépendante de la volonté du contribuable.",
                        "reference": "Code général des impôts, article 232, VI",
                        "url": LEGIFRANCE,
                    },
                ),
                (
                    "paragraph",
                    "<p>Le juge administratif admet notamment qu’un logement qui ne pourrait "
                    "être rendu habitable qu’au prix de travaux importants, hors de portée du "
                    "propriétaire compte tenu de ses revenus, n’est pas imposable. Chaque "
                    "situation s’apprécie au cas par cas.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "À retenir",
                        "text": (
                            "La TLV s’applique sans délibération : la commune ne décide ni de son "
                            "application ni de son taux. Dans les autres communes, c’est la taxe "
                            "d’habitation sur les logements vacants qui peut être instituée par "
                            "délibération."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "thlv-instituer",
            "title": "Instituer la taxe d’habitation sur les logements vacants (THLV)",
            "summary": (
                "Là où la TLV ne s’applique pas, la commune ou, sous conditions, "
                "l’intercommunalité peut taxer les logements vacants depuis plus de deux ans. "
                "Conditions, calendrier de délibération et précautions."
            ),
            "status": "in_force",
            "up_to_date": "2026-07-21",
            "legal_references": [
                ("Code général des impôts, article 1407 bis", LEGIFRANCE),
                ("Code général des impôts, article 1639 A bis", LEGIFRANCE),
                ("Code général des impôts, article 232", LEGIFRANCE),
            ],
            "body": [
                ("heading", "Qui peut l’instituer ?"),
                (
                    "paragraph",
                    "<p>L’article 1407 bis du code général des impôts permet aux communes où la "
                    "TLV ne s’applique pas d’assujettir à la taxe d’habitation les logements "
                    "vacants depuis plus de deux années au 1er janvier de l’année d’imposition. "
                    "Les intercommunalités à fiscalité propre qui ont adopté un programme local "
                    "de l’habitat peuvent aussi l’instituer. Leur délibération ne s’applique "
                    "alors ni dans les communes membres qui ont déjà délibéré, ni dans celles où "
                    "s’applique la TLV.</p>"
                    "<p>La suppression de la taxe d’habitation sur les résidences principales n’a "
                    "pas fait disparaître la THLV : les logements vacants restent imposables là "
                    "où une délibération a été prise.</p>",
                ),
                ("heading", "TLV et THLV"),
                (
                    "table",
                    {
                        "caption": "TLV et THLV : les différences essentielles",
                        "header": ["Critère", "TLV", "THLV"],
                        "rows": [
                            [
                                "Texte",
                                "Code général des impôts, article 232",
                                "Code général des impôts, article 1407 bis",
                            ],
                            [
                                "Territoire",
                                "Communes listées par décret",
                                "Autres communes, sur délibération",
                            ],
                            [
                                "Décision locale",
                                "Aucune",
                                "Délibération de la commune ou de l’intercommunalité",
                            ],
                            [
                                "Durée de vacance",
                                "Au moins une année au 1er janvier",
                                "Plus de deux années au 1er janvier",
                            ],
                            [
                                "Appréciation de la vacance",
                                "Article 232, V et VI",
                                "Renvoi aux V et VI de l’article 232",
                            ],
                        ],
                    },
                ),
                ("heading", "Calendrier"),
                (
                    "paragraph",
                    "<p>La délibération est prise dans les conditions de l’article 1639 A bis, "
                    "c’est-à-dire en règle générale avant le 1er octobre d’une année pour une "
                    "application à partir de l’année suivante. Transmettez-la sans attendre à la "
                    "préfecture et aux services fiscaux, qui établissent les impositions.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Conseil pratique",
                        "text": (
                            "Une taxe seule convainc rarement un propriétaire. Annoncez la THLV en "
                            "même temps que l’offre d’accompagnement : conseil, aides aux travaux, "
                            "aide à la mise en location."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>En cas d’imposition erronée liée à l’appréciation de la vacance, les "
                    "dégrèvements sont à la charge de la commune ou de l’intercommunalité. D’où "
                    "l’intérêt de vérifier rapidement les situations signalées par les "
                    "propriétaires qui contestent leur imposition.</p>",
                ),
            ],
        },
        {
            "slug": "reperage-lovac-zlv",
            "title": "Repérer les logements vacants avec LOVAC et Zéro Logement Vacant",
            "summary": (
                "Ce que contient la base LOVAC, qui peut y accéder et à quelles conditions, ses "
                "limites, et l’usage du service numérique Zéro Logement Vacant pour organiser les "
                "prises de contact avec les propriétaires."
            ),
            "status": "in_force",
            "up_to_date": "2026-11-02",
            "legal_references": [
                (
                    "Règlement (UE) 2016/679 du 27 avril 2016 (règlement général sur la "
                    "protection des données)",
                    LEGIFRANCE,
                ),
                ("Cerema, producteur des données LOVAC", "https://www.cerema.fr/"),
                ("Données agrégées publiées sur data.gouv.fr", "https://www.data.gouv.fr/"),
            ],
            "body": [
                ("heading", "Ce qu’est LOVAC"),
                (
                    "paragraph",
                    "<p>LOVAC est un traitement de données créé dans le cadre du plan national de "
                    "lutte contre les logements vacants lancé en 2020. Le Cerema le produit "
                    "chaque année à la demande du ministère chargé du logement. Il croise le "
                    "fichier des logements vacants établi par la direction générale des finances "
                    "publiques (fichier dit 1767BISCOM) avec les fichiers fonciers, qui décrivent "
                    "les logements et leurs propriétaires.</p>"
                    "<p>Il permet de localiser les logements vacants, de connaître la durée de "
                    "leur vacance et de caractériser chaque bien et son propriétaire.</p>",
                ),
                ("heading", "Qui peut y accéder ?"),
                (
                    "paragraph",
                    "<p>Les données détaillées, logement par logement, sont réservées aux "
                    "collectivités à fiscalité propre, aux services de l’État et à l’Anah. Le "
                    "demandeur signe un acte d’engagement : les données ne peuvent servir qu’à "
                    "une politique locale de lutte contre la vacance, par exemple des études ou "
                    "des prises de contact avec les propriétaires. Des données agrégées par "
                    "commune et par intercommunalité sont publiées en données ouvertes.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Données personnelles",
                        "text": (
                            "LOVAC contient des données personnelles sur les propriétaires. "
                            "Limitez l’accès aux agents qui en ont besoin, ne diffusez pas les "
                            "fichiers et inscrivez le traitement au registre de votre structure."
                        ),
                    },
                ),
                ("heading", "Les limites à connaître"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>La vacance fiscale n’est pas toujours une vacance réelle : un logement "
                    "peut être occupé sans que sa situation fiscale soit à jour, ou être en "
                    "travaux, en vente ou en succession.</li>"
                    "<li>Une vacance courte relève souvent de la rotation normale du parc. La "
                    "vacance d’au moins deux ans dans le parc privé, dite structurelle, est la "
                    "cible prioritaire du plan national.</li>"
                    "<li>Une partie des logements n’est pas géolocalisée, en particulier les plus "
                    "récents.</li>"
                    "</ul>"
                    "<p>Un repérage sur le terrain reste indispensable avant toute action.</p>",
                ),
                ("heading", "Zéro Logement Vacant"),
                (
                    "paragraph",
                    "<p>Zéro Logement Vacant est un service numérique de l’État qui s’appuie sur "
                    "les données LOVAC. Il aide les collectivités, les services déconcentrés et "
                    "leurs partenaires à cibler des logements, notamment pour organiser des "
                    "campagnes de prise de contact avec les propriétaires et suivre les "
                    "situations jusqu’à la remise sur le marché.</p>",
                ),
            ],
        },
    ],
    "reportings": [
        {
            "slug": "campagne-2025-contact-proprietaires",
            "title": "Campagne 2025 de prise de contact avec les propriétaires de logements vacants",
            "summary": (
                "Résultats d’une campagne de courriers conduite par une intercommunalité fictive "
                "à partir des données LOVAC. Chiffres fictifs à titre d’exemple."
            ),
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "key_figures": [
                {
                    "label": "Courriers envoyés",
                    "value": "1 240",
                    "unit": "courriers",
                    "period": "2025",
                },
                {"label": "Réponses reçues", "value": "312", "unit": "réponses", "period": "2025"},
                {"label": "Taux de réponse", "value": "25", "unit": "%", "period": "2025"},
                {
                    "label": "Logements remis sur le marché",
                    "value": "58",
                    "unit": "logements",
                    "period": "au 31 décembre 2025",
                },
            ],
            "body": [
                ("heading", "Déroulement"),
                (
                    "paragraph",
                    "<p>L’intercommunalité fictive des Coteaux du Vérand a extrait de LOVAC les "
                    "logements du parc privé vacants depuis au moins deux ans. Elle a vérifié sur "
                    "le terrain une partie de la liste avant d’écrire aux propriétaires.</p>",
                ),
                ("heading", "Résultats"),
                (
                    "paragraph",
                    "<p>Un quart des propriétaires a répondu. Près d’une réponse sur cinq "
                    "signalait un logement déjà occupé ou vendu, ce qui illustre l’écart entre "
                    "vacance fiscale et vacance réelle. Les autres propriétaires ont surtout "
                    "demandé des informations sur les aides aux travaux et sur la mise en "
                    "location.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": (
                            "L’intercommunalité, la campagne et les chiffres présentés sont "
                            "inventés pour la démonstration."
                        ),
                    },
                ),
            ],
        },
    ],
    "articles": [
        {
            "slug": "premier-courrier-proprietaires",
            "title": "Trois erreurs à éviter dans un premier courrier aux propriétaires",
            "summary": (
                "Un ton trop fiscal, un courrier sans interlocuteur, une suite floue : trois "
                "écueils fréquents et la manière de les éviter."
            ),
            "author_name": (
                "Karim Benali, chargé de mission habitat dans une communauté d’agglomération "
                "(personne fictive)"
            ),
            "date": "2026-10-06",
            "body": [
                (
                    "paragraph",
                    "<p>Après plusieurs campagnes de courriers, voici ce que notre équipe a "
                    "appris. Ces conseils reflètent une expérience locale et n’ont pas valeur de "
                    "méthode officielle.</p>",
                ),
                ("heading", "1. Commencer par la taxe"),
                (
                    "paragraph",
                    "<p>Un courrier qui s’ouvre sur la fiscalité de la vacance est lu comme une "
                    "menace. Présentez d’abord ce que la collectivité propose : un conseil "
                    "gratuit, des aides possibles, une aide à la mise en location.</p>",
                ),
                ("heading", "2. Ne pas donner d’interlocuteur"),
                (
                    "paragraph",
                    "<p>Indiquez un nom, un numéro de téléphone direct et une adresse "
                    "électronique. Beaucoup de propriétaires âgés préfèrent appeler plutôt que "
                    "remplir un formulaire en ligne.</p>",
                ),
                ("heading", "3. Rester vague sur la suite"),
                (
                    "paragraph",
                    "<p>Dites précisément ce qui se passera après la réponse : une visite, un "
                    "diagnostic, une estimation des travaux et des aides. Un propriétaire "
                    "s’engage plus volontiers lorsqu’il voit les étapes.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "À retenir",
                        "text": (
                            "Un bon premier courrier tient sur une page, présente une offre "
                            "concrète et donne un contact direct."
                        ),
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Community 5: réseau des chefs de projet ORT (reserved)
# Its titles use words that appear nowhere in public content ("comité de pilotage",
# "revue annuelle", "Castelbrune"), so a test can detect any leak of reserved pages.
# ---------------------------------------------------------------------------

_RESEAU_CHEFS_DE_PROJET = {
    "slug": "reseau-chefs-projet-ort",
    "title": "Réseau des chefs de projet ORT",
    "visibility": "reserved",
    "summary": (
        "Espace réservé aux chefs de projet ORT : notes de méthode sur le comité de pilotage "
        "et la revue annuelle des conventions, échanges internes entre pairs."
    ),
    "description": (
        "<p>Ce réseau réunit les chefs de projet chargés de conduire une convention d’ORT pour "
        "une intercommunalité ou une ville. Ses contenus sont réservés à ses membres.</p>"
        "<p>On y partage des notes de méthode, des trames de documents et des retours sur des "
        "situations concrètes, y compris des difficultés qui n’ont pas vocation à être "
        "publiées. Les exemples s’appuient sur Castelbrune, commune fictive qui sert de cas "
        "d’école au réseau.</p>"
    ),
    "memberships": [
        ("animatrice.reseau", "facilitator"),
        ("membre.multi", "member"),
    ],
    "instructions": [
        {
            "slug": "note-methode-comite-de-pilotage",
            "title": "Note de méthode : préparer et animer le comité de pilotage de l’ORT",
            "summary": (
                "Rôle, composition, ordre du jour type, préparation et suites du comité de "
                "pilotage d’une convention d’ORT, illustrés par le cas fictif de Castelbrune."
            ),
            "status": "in_force",
            "up_to_date": "2026-03-16",
            "legal_references": [
                ("Code de la construction et de l’habitation, article L. 303-2", LEGIFRANCE),
            ],
            "body": [
                ("heading", "À quoi sert le comité de pilotage"),
                (
                    "paragraph",
                    "<p>Le comité de pilotage réunit les signataires de la convention pour "
                    "arbitrer : constater l’avancement, décider des ajustements, préparer les "
                    "avenants. Ce n’est pas une réunion d’information. Si aucune décision n’est "
                    "attendue, un point d’étape écrit suffit.</p>",
                ),
                ("heading", "Composition"),
                (
                    "paragraph",
                    "<p>Y siègent le président de l’intercommunalité et le maire de la ville "
                    "principale, ou leurs représentants, le représentant de l’État, les "
                    "financeurs signataires et, selon l’ordre du jour, les maîtres d’ouvrage des "
                    "actions en cours. Le chef de projet en assure le secrétariat.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Ordre du jour type d’un comité de pilotage de deux heures",
                        "header": ["Séquence", "Durée", "Objectif"],
                        "rows": [
                            [
                                "Avancement du plan d’actions",
                                "30 min",
                                "Partager l’état de chaque action à partir du tableau de suivi",
                            ],
                            [
                                "Points de blocage",
                                "40 min",
                                "Obtenir une décision sur chaque point inscrit",
                            ],
                            [
                                "Projets d’avenant",
                                "30 min",
                                "Valider les actions ou les secteurs à ajouter",
                            ],
                            [
                                "Calendrier et relevé de décisions",
                                "20 min",
                                "Arrêter les prochaines échéances",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Après la séance</b>, le chef de projet met à jour le tableau de suivi "
                    "avec les décisions prises, informe chaque maître d’ouvrage concerné et "
                    "prépare, si besoin, le projet d’avenant. Une courte information aux "
                    "conseils communautaire et municipal évite que les élus découvrent les "
                    "arbitrages par la presse.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Conseil pratique",
                        "text": (
                            "Envoyez les documents au moins dix jours avant la séance, avec une "
                            "page de synthèse qui liste les décisions attendues. Diffusez le "
                            "relevé de décisions dans la semaine qui suit."
                        ),
                    },
                ),
                ("heading", "Le cas de Castelbrune (exemple fictif)"),
                (
                    "paragraph",
                    "<p>À Castelbrune, le comité de pilotage se réunissait deux fois par an sans "
                    "ordre du jour décisionnel. Le chef de projet a introduit une note de "
                    "synthèse d’une page et un relevé de décisions numéroté. Dès la deuxième "
                    "séance, trois actions bloquées depuis un an ont trouvé un maître "
                    "d’ouvrage.</p>"
                    "<p>Castelbrune est une commune inventée ; son cas sert d’illustration au "
                    "réseau.</p>",
                ),
            ],
        },
        {
            "slug": "note-methode-revue-annuelle",
            "title": "Note de méthode : construire la revue annuelle d’une convention d’ORT",
            "summary": (
                "Calendrier, indicateurs et plan type de la revue annuelle qui fait le point sur "
                "une convention d’ORT, avec l’exemple fictif de Castelbrune."
            ),
            "status": "in_force",
            "up_to_date": "2026-05-11",
            "legal_references": [
                ("Code de la construction et de l’habitation, article L. 303-2", LEGIFRANCE),
            ],
            "body": [
                ("heading", "Objet de la revue annuelle"),
                (
                    "paragraph",
                    "<p>La revue annuelle fait le point, une fois par an, sur la mise en œuvre de "
                    "la convention : actions réalisées, écarts avec le calendrier, évolution des "
                    "indicateurs du territoire. Elle prépare le comité de pilotage de début "
                    "d’année et, le cas échéant, l’avenant suivant.</p>"
                    "<p>Les textes n’imposent pas cette forme précise : il s’agit d’une pratique "
                    "recommandée par le réseau.</p>",
                ),
                ("heading", "Calendrier conseillé"),
                (
                    "paragraph",
                    "<ol>"
                    "<li><b>Novembre</b> : envoi aux maîtres d’ouvrage d’une fiche de mise à jour "
                    "par action.</li>"
                    "<li><b>Décembre</b> : collecte des indicateurs de territoire disponibles.</li>"
                    "<li><b>Janvier</b> : rédaction de la revue, puis relecture par les services "
                    "de l’intercommunalité et de l’État.</li>"
                    "<li><b>Février</b> : présentation en comité de pilotage.</li>"
                    "</ol>",
                ),
                ("heading", "Indicateurs à suivre"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Avancement : part des actions engagées, part des actions terminées.</li>"
                    "<li>Habitat : logements réhabilités avec une aide publique, logements "
                    "vacants remis sur le marché.</li>"
                    "<li>Commerce : locaux commerciaux vacants dans les secteurs de "
                    "centre-ville.</li>"
                    "<li>Financement : montants engagés par chaque financeur.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p><b>Plan type de la revue</b></p>"
                    "<ol>"
                    "<li>Synthèse d’une page : ce qui avance, ce qui bloque, les décisions "
                    "proposées.</li>"
                    "<li>État des actions, secteur par secteur, avec les écarts au calendrier "
                    "et leurs causes.</li>"
                    "<li>Indicateurs de territoire, comparés à l’année précédente.</li>"
                    "<li>Bilan financier par financeur.</li>"
                    "<li>Propositions : actions à ajouter, à reporter ou à abandonner, et "
                    "projet d’avenant le cas échéant.</li>"
                    "</ol>",
                ),
                (
                    "key_figure",
                    {
                        "label": "Part des actions engagées dans la convention de Castelbrune (exemple fictif)",
                        "value": "62",
                        "unit": "%",
                        "period": "au 31 décembre 2025",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "À retenir",
                        "text": (
                            "Une revue annuelle utile tient en une dizaine de pages. Elle montre "
                            "les écarts plutôt que les réussites et propose une décision au "
                            "comité de pilotage pour chaque écart."
                        ),
                    },
                ),
            ],
        },
    ],
    "reportings": [
        {
            "slug": "revue-annuelle-2025-castelbrune",
            "title": "Revue annuelle 2025 de l’ORT de Castelbrune",
            "summary": (
                "Revue annuelle de la convention d’ORT de Castelbrune, commune fictive qui sert "
                "de cas d’école au réseau. Chiffres fictifs à titre d’exemple."
            ),
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "key_figures": [
                {
                    "label": "Actions inscrites dans la convention",
                    "value": "34",
                    "unit": "actions",
                    "period": "2025",
                },
                {
                    "label": "Actions engagées",
                    "value": "21",
                    "unit": "actions",
                    "period": "au 31 décembre 2025",
                },
                {
                    "label": "Logements réhabilités avec une aide publique",
                    "value": "27",
                    "unit": "logements",
                    "period": "2025",
                },
                {
                    "label": "Locaux commerciaux vacants en centre-ville",
                    "value": "14",
                    "unit": "locaux",
                    "period": "au 31 décembre 2025",
                },
            ],
            "body": [
                ("heading", "Synthèse"),
                (
                    "paragraph",
                    "<p>La deuxième année de la convention a vu l’engagement de la plupart des "
                    "actions d’habitat. Les actions sur les espaces publics ont pris du retard, "
                    "faute de maîtrise foncière sur deux îlots.</p>",
                ),
                ("heading", "Décisions proposées au comité de pilotage"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Confier le portage foncier des deux îlots à un opérateur public.</li>"
                    "<li>Ajouter par avenant une action de transformation de locaux commerciaux "
                    "vacants en logements.</li>"
                    "<li>Réunir le comité de pilotage trois fois en 2026.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": (
                            "Castelbrune, sa convention et ses chiffres sont inventés pour servir "
                            "de cas d’école au réseau."
                        ),
                    },
                ),
            ],
        },
    ],
    "articles": [
        {
            "slug": "castelbrune-comite-de-pilotage-elargi",
            "title": "Castelbrune : ce que nous a appris le premier comité de pilotage élargi",
            "summary": (
                "Récit interne d’un comité de pilotage ouvert aux commerçants et aux bailleurs "
                "dans la commune fictive de Castelbrune : préparation, déroulement et suites."
            ),
            "author_name": "Yannick Le Gall, chef de projet ORT de Castelbrune (personne fictive)",
            "date": "2026-03-30",
            "body": [
                (
                    "paragraph",
                    "<p>En février, nous avons ouvert pour la première fois le comité de pilotage "
                    "de l’ORT de Castelbrune à des représentants des commerçants et des bailleurs "
                    "sociaux. Voici un retour franc, réservé au réseau.</p>",
                ),
                ("heading", "Ce qui a marché"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Une première partie ouverte, consacrée à l’avancement, suivie d’une "
                    "partie réservée aux signataires pour les arbitrages.</li>"
                    "<li>Une carte des secteurs d’intervention affichée en grand format, qui a "
                    "rendu les échanges concrets.</li>"
                    "</ul>",
                ),
                ("heading", "Ce qui a moins bien marché"),
                (
                    "paragraph",
                    "<p>La séance a débordé de quarante minutes. Les questions des commerçants "
                    "sur le stationnement ont occupé la moitié de la partie ouverte, sans "
                    "qu’aucune décision soit possible en séance.</p>",
                ),
                ("heading", "Ce que nous ferons autrement"),
                (
                    "paragraph",
                    "<p>Une réunion thématique sur le stationnement précédera le prochain comité. "
                    "Le comité élargi aura lieu une fois par an, juste après la revue "
                    "annuelle.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Exemple fictif",
                        "text": (
                            "Castelbrune et les personnes évoquées sont inventées. Ce récit "
                            "illustre les échanges internes du réseau."
                        ),
                    },
                ),
            ],
        },
    ],
}


COMMUNITIES = [
    _REVITALISATION,
    _HABITAT_ANCIEN,
    _FILIERES_VERTES,
    _LOGEMENTS_VACANTS,
    _RESEAU_CHEFS_DE_PROJET,
]


# ---------------------------------------------------------------------------
# Standard pages and home page
# ---------------------------------------------------------------------------

STANDARD_PAGES = [
    {
        "slug": "mentions-legales",
        "title": "Mentions légales",
        "body": [
            (
                "callout",
                {
                    "title": "Site de démonstration",
                    "text": (
                        "Ce site est une démonstration. L’éditeur, l’hébergeur et les contacts "
                        "indiqués sur cette page sont fictifs ; une installation réelle doit les "
                        "remplacer par ses propres informations."
                    ),
                },
            ),
            ("heading", "Éditeur"),
            (
                "paragraph",
                "<p>Pour cette démonstration, Rencontre des Territoires est édité par un service "
                "fictif : <i>Mission Rencontre des Territoires</i>, 1 place de l’Exemple, 00000 "
                "Démoville.</p>"
                "<p>Directrice de la publication : Hélène Garnier (personne fictive).</p>"
                "<p>Contact : contact@example.org</p>",
            ),
            ("heading", "Hébergement"),
            (
                "paragraph",
                "<p>Hébergeur fictif : <i>Hébergement Démo</i>, 2 rue du Serveur, 00000 "
                "Démoville. Une installation réelle indique ici le nom, l’adresse et le numéro "
                "de téléphone de son hébergeur.</p>",
            ),
            ("heading", "Données personnelles"),
            (
                "paragraph",
                "<p>Le portail traite des données personnelles pour gérer les comptes des "
                "utilisateurs et leur accès aux communautés : nom, prénom, adresse électronique, "
                "communautés de rattachement et rôle dans chacune. Ces traitements sont soumis au "
                "règlement général sur la protection des données (RGPD) et à la loi n° 78-17 du "
                "6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés. Une "
                "installation réelle précise ici la base légale du traitement et la durée de "
                "conservation des données.</p>"
                "<p>Vous pouvez exercer vos droits d’accès, de rectification, d’effacement, de "
                "limitation et d’opposition en écrivant à dpo@example.org. Si vous estimez, après "
                "nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser "
                'une réclamation à la <a href="https://www.cnil.fr/">Commission nationale de '
                "l’informatique et des libertés (CNIL)</a>.</p>",
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                "<p>Dans sa configuration de démonstration, le portail dépose uniquement les "
                "cookies nécessaires à son fonctionnement : maintien de la session après "
                "connexion et protection des formulaires. Ces cookies ne demandent pas de "
                "consentement.</p>",
            ),
            ("heading", "Contenus"),
            (
                "paragraph",
                "<p>Les personnes, projets, lieux et chiffres présentés comme exemples sur ce "
                "portail sont fictifs. Les fiches de référence renvoient aux textes officiels "
                'publiés sur <a href="https://www.legifrance.gouv.fr/">Légifrance</a>, qui seuls '
                "font foi.</p>",
            ),
        ],
    },
    {
        "slug": "declaration-accessibilite",
        "title": "Déclaration d’accessibilité",
        "body": [
            (
                "paragraph",
                "<p>La mission fictive qui édite Rencontre des Territoires s’engage à rendre ce "
                "portail accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 "
                "février 2005 pour l’égalité des droits et des chances, la participation et la "
                "citoyenneté des personnes handicapées.</p>"
                "<p>Cette déclaration s’applique au portail de démonstration Rencontre des "
                "Territoires.</p>",
            ),
            ("heading", "État de conformité"),
            (
                "paragraph",
                "<p>Le portail est <b>non conforme</b> au référentiel général d’amélioration de "
                "l’accessibilité (RGAA), version 4.1 : aucun audit complet n’a encore été "
                "réalisé, et seul un audit permet de publier un taux de conformité.</p>"
                "<p>Ce qui est mesuré à chaque version : des parcours automatisés dans un "
                "navigateur Chromium parcourent l’accueil, les communautés, les fiches de "
                "référence, les remontées terrain, la carte et sa liste, les questions et leurs "
                "fils de réponses, l’agenda, les événements, la recherche et les formulaires, "
                "y compris avec des erreurs de saisie. Sur chacune de ces pages, l’outil "
                "axe-core ne relève aucune anomalie grave ou critique. Ces parcours vérifient "
                "aussi l’usage au clavier seul de la navigation, des formulaires, des fils de "
                "réponses et de la liste qui remplace la carte, la visibilité du focus, le lien "
                "entre chaque message d’erreur et son champ, et la présence d’une alternative "
                "textuelle sur les images.</p>"
                "<p>Ces tests automatiques ne couvrent qu’une partie des critères du RGAA. Un "
                "audit complet est prévu, et cette déclaration sera mise à jour à son "
                "issue.</p>",
            ),
            ("heading", "Contenus non accessibles"),
            (
                "paragraph",
                "<p>Les points suivants sont connus ou restent à vérifier.</p>"
                "<ul>"
                "<li>La carte partagée elle-même n’a été vérifiée ni au clavier seul ni avec un "
                "lecteur d’écran : la liste qui l’accompagne donne les mêmes remontées "
                "terrain, et c’est elle que les tests parcourent au clavier.</li>"
                "<li>Des documents PDF joints par les communautés peuvent ne pas être "
                "accessibles.</li>"
                "<li>L’ordre de lecture des pages n’a pas encore été vérifié avec un lecteur "
                "d’écran.</li>"
                "<li>L’espace d’édition réservé aux animateurs (Wagtail) n’est pas couvert par "
                "ces mesures.</li>"
                "</ul>",
            ),
            ("heading", "Établissement de cette déclaration"),
            (
                "paragraph",
                "<p>Cette déclaration a été établie le 5 décembre 2026. Technologies utilisées "
                "pour la réalisation du portail : HTML, CSS et JavaScript. Environnement des "
                "tests : navigateur Chromium de Debian, sans écran, piloté par Playwright, et "
                "axe-core 4.12.</p>",
            ),
            ("heading", "Retour d’information et contact"),
            (
                "paragraph",
                "<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à "
                "<b>accessibilite@example.org</b> pour être orienté vers une alternative "
                "accessible ou obtenir le contenu sous une autre forme.</p>",
            ),
            (
                "callout",
                {
                    "title": "Signaler un problème",
                    "text": (
                        "Décrivez la page concernée et le problème rencontré. Si possible, "
                        "précisez le navigateur et l’aide technique que vous utilisez."
                    ),
                },
            ),
            ("heading", "Voies de recours"),
            (
                "paragraph",
                "<p>Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à "
                "un contenu ou à un service et que vous n’avez pas obtenu de réponse "
                "satisfaisante, vous pouvez saisir le Défenseur des droits : par le formulaire en "
                'ligne du <a href="https://www.defenseurdesdroits.fr/">site du Défenseur des '
                "droits</a>, en contactant l’un de ses délégués dans votre région ou par courrier "
                "postal.</p>",
            ),
        ],
    },
]

HOME = {
    "intro": (
        "<p>Rencontre des Territoires réunit les communautés de pratique des agents de l’État "
        "et des animateurs qui accompagnent la revitalisation des territoires. Chaque "
        "communauté y publie des fiches de référence datées, des bilans et des retours "
        "d’expérience. Ce site est une démonstration : les personnes, projets et chiffres "
        "présentés comme exemples sont fictifs.</p>"
    ),
}
