"""Invented French text on the communities' subjects, for the search benchmark.

Every title, summary, body and answer is assembled from the vocabulary below with a seeded
random generator, so two runs with the same seed index the same text. Half of the documents
write apostrophes as typographic quotes (’) and half as straight quotes ('), as pasted text does.
"""

import random

# Each community: its title, whether it is reserved to its members, and the noun phrases of
# its subject. The reserved community's words (LOVAC, intermédiation locative, taxe sur les
# logements vacants) appear nowhere else, so a visitor's search for them must find nothing.
COMMUNITIES = [
    {
        "title": "Mobilisation des logements vacants",
        "slug": "logements-vacants",
        "reserved": True,
        "subjects": [
            "le fichier LOVAC",
            "la taxe sur les logements vacants",
            "l'intermédiation locative",
            "la remise sur le marché des logements vacants",
            "les propriétaires de logements vacants",
            "la vacance structurelle du parc privé",
            "le repérage des logements vacants",
            "la prime de sortie de vacance",
            "le courrier aux propriétaires de logements vacants",
            "la gestion locative sociale",
        ],
    },
    {
        "title": "Opérations de revitalisation de territoire",
        "slug": "revitalisation-de-territoire",
        "reserved": False,
        "subjects": [
            "la convention d'ORT",
            "l'opération de revitalisation de territoire",
            "le périmètre de l'ORT",
            "la revitalisation du centre-ville",
            "la requalification des commerces vacants",
            "le dispositif Denormandie",
            "la redynamisation du centre-bourg",
            "le comité de projet de l'ORT",
            "la stratégie de revitalisation",
            "les cellules commerciales du centre ancien",
        ],
    },
    {
        "title": "Reconquête de l'habitat ancien",
        "slug": "habitat-ancien",
        "reserved": False,
        "subjects": [
            "la réhabilitation de l'habitat ancien",
            "la lutte contre l'habitat indigne",
            "l'OPAH de renouvellement urbain",
            "la résorption de l'habitat insalubre",
            "les immeubles dégradés du centre ancien",
            "la restauration immobilière",
            "les copropriétés fragiles",
            "le bâti ancien en pierre",
            "l'amélioration des logements anciens",
            "les îlots dégradés",
        ],
    },
    {
        "title": "Filières vertes",
        "slug": "filieres-vertes",
        "reserved": False,
        "subjects": [
            "le béton de chanvre",
            "l'ossature bois",
            "l'isolation en bottes de paille",
            "les briques de terre crue",
            "la laine de mouton",
            "les matériaux biosourcés",
            "les isolants en fibre de bois",
            "le réemploi des matériaux",
            "la filière locale du chanvre",
            "les enduits à la chaux et à la terre",
        ],
    },
    {
        "title": "Rénovation énergétique des bâtiments publics",
        "slug": "renovation-energetique",
        "reserved": False,
        "subjects": [
            "la rénovation énergétique des bâtiments communaux",
            "l'audit énergétique",
            "le décret tertiaire",
            "les passoires thermiques",
            "le diagnostic de performance énergétique",
            "le remplacement des chaudières au fioul",
            "l'isolation des écoles",
            "le contrat de performance énergétique",
            "les bâtiments communaux rénovés",
            "le suivi des consommations",
        ],
    },
    {
        "title": "Sobriété foncière",
        "slug": "sobriete-fonciere",
        "reserved": False,
        "subjects": [
            "l'objectif de zéro artificialisation nette",
            "la densification des centres-bourgs",
            "la reconversion des friches industrielles",
            "le fonds friches",
            "l'inventaire des friches",
            "la division parcellaire",
            "la surélévation des immeubles",
            "le portage foncier",
            "le plan local d'urbanisme intercommunal",
            "la mobilisation du foncier public",
        ],
    },
]

ACTORS = [
    "La DDT",
    "La commune",
    "L'intercommunalité",
    "Le bailleur social",
    "L'Anah",
    "Le maître d'ouvrage",
    "La préfecture",
    "Le chef de projet",
    "L'opérateur",
    "Les élus",
    "Le conseil départemental",
    "L'architecte des bâtiments de France",
]
VERBS = [
    "accompagne",
    "finance",
    "engage",
    "suit de près",
    "a présenté",
    "prépare",
    "évalue",
    "a lancé",
    "pilote",
    "met en œuvre",
    "a relancé",
    "simplifie",
]
CONTEXTS = [
    "dans le centre ancien de {town}",
    "avec la DDT de {department}",
    "avant la fin de l'année",
    "à l'échelle de l'intercommunalité",
    "dans le cadre du programme Petites villes de demain",
    "pour les ménages modestes",
    "avec l'appui de l'Agence nationale de l'habitat",
    "après la concertation avec les habitants de {town}",
    "sur trois îlots pilotes",
    "grâce à une subvention de l'État",
]
TOWNS = [
    "Nevers",
    "Auch",
    "Guingamp",
    "Figeac",
    "Lodève",
    "Montbard",
    "Saint-Flour",
    "Thiers",
    "Vierzon",
    "Dole",
    "Millau",
    "Sedan",
    "Issoudun",
    "Pamiers",
    "Châteaubriant",
    "Redon",
    "Forcalquier",
    "Autun",
]
DEPARTMENTS = [
    "la Nièvre",
    "du Gers",
    "des Côtes-d'Armor",
    "du Lot",
    "de l'Hérault",
    "de la Côte-d'Or",
    "du Cantal",
    "du Puy-de-Dôme",
    "du Cher",
    "du Jura",
]
ANSWER_OPENINGS = [
    "Chez nous,",
    "Dans notre département,",
    "Bonjour, de notre côté",
    "Pour compléter la réponse précédente,",
    "D'après notre expérience,",
    "À la DDT,",
    "Nous avons eu le même cas :",
    "Attention,",
]
ANSWER_CLOSINGS = [
    "Je peux vous transmettre la note.",
    "Le délai a été de six mois environ.",
    "Les élus ont été très moteurs.",
    "Il faut prévoir un accompagnement juridique.",
    "Le bilan est positif après deux ans.",
    "N'hésitez pas à me contacter.",
]
QUESTION_FORMS = [
    "Comment financer {subject} ?",
    "Quels délais pour {subject} ?",
    "Qui consulter sur {subject} ?",
    "Retours d'expérience sur {subject} ?",
    "Peut-on cumuler {subject} et une aide de l'Anah ?",
    "Quelles pièces demander pour {subject} ?",
]
EVENT_FORMS = [
    "Webinaire : {subject}",
    "Réunion du réseau sur {subject}",
    "Visite de chantier à {town} : {subject}",
    "Atelier régional : {subject}",
]
INSTRUCTION_FORMS = [
    "Note d'instruction sur {subject}",
    "Circulaire relative à {subject}",
    "Guide de mise en œuvre : {subject}",
    "Fiche pratique : {subject}",
]
REPORTING_FORMS = [
    "Bilan {year} : {subject}",
    "Tableau de bord trimestriel : {subject}",
    "Enquête annuelle {year} sur {subject}",
]
ARTICLE_FORMS = [
    "Retour sur {subject} à {town}",
    "{Subject}, une démarche qui essaime",
    "Ce que change {subject}",
    "Entretien : {subject} vu par un chef de projet",
]
FIELD_REPORT_FORMS = [
    "{Subject} à {town}",
    "Chantier pilote à {town} : {subject}",
    "{Subject} dans une commune rurale près de {town}",
]
LEGAL_REFERENCES = [
    "Code de la construction et de l'habitation, article L. 303-2",
    "Code général des impôts, article 232",
    "Code de l'urbanisme, article L. 101-2",
    "Code de la construction et de l'habitation, article L. 511-1",
    "Code de l'énergie, article L. 174-1",
]


class FrenchCorpus:
    """A seeded generator of titles, summaries, paragraphs and answers for one community."""

    def __init__(self, community, seed):
        self.subjects = community["subjects"]
        self.random = random.Random(seed)

    def choice(self, values):
        return self.random.choice(values)

    def typography(self, text):
        """Return `text` with typographic apostrophes one time in two."""
        return text.replace("'", "’") if self.random.random() < 0.5 else text

    def fill(self, form):
        subject = self.choice(self.subjects)
        text = form.format(
            subject=subject,
            Subject=subject[0].upper() + subject[1:],
            town=self.choice(TOWNS),
            department=self.choice(DEPARTMENTS),
            year=self.random.randint(2019, 2025),
        )
        return self.typography(text)

    def title(self, forms):
        return self.fill(self.choice(forms))

    def sentence(self):
        context = self.choice(CONTEXTS)
        form = f"{self.choice(ACTORS)} {self.choice(VERBS)} {{subject}} {context}."
        return self.fill(form)

    def summary(self):
        return " ".join(self.sentence() for _ in range(2))

    def paragraphs(self, count):
        return [
            " ".join(self.sentence() for _ in range(self.random.randint(3, 5)))
            for _ in range(count)
        ]

    def answer(self):
        opening = self.choice(ANSWER_OPENINGS)
        actor = self.choice(ACTORS).lower()
        form = f"{opening} {actor} {self.choice(VERBS)} {{subject}} {self.choice(CONTEXTS)}."
        return " ".join([self.fill(form), self.sentence(), self.choice(ANSWER_CLOSINGS)])

    def legal_reference(self):
        return self.choice(LEGAL_REFERENCES)

    def town(self):
        return self.choice(TOWNS)
