"""Demo events of each community and the portal agenda, with the functions that load them.

Dates are relative to the day the demo is loaded, so every agenda shows past and upcoming
events. The towns are real and each venue sits at its town's point in field_reports.TOWNS.
Services, venues, people, projects and figures are invented, and every event states it.
"""

# Each event is a dict with these keys besides its texts:
# - "day": the number of days from the loading day to the event. A weekend, holiday or break
#   moves it to the next working day, or to the previous one for a past event.
# - "start" and "end": Paris times "HH:MM" of a timed event. An all-day event has "days", its
#   number of days, instead.
# - "format": "in_person", "online" or "hybrid". The first and last have a "venue" (name, town,
#   postcode) whose town is a key of field_reports.TOWNS.
# - "registration": True to give a registration link. "cancelled": True for a cancelled event.
# - "go_live_in_days": the number of days after loading when the scheduled page goes live.
# - "documents": {kind: [(heading, [paragraph, ...]), ...]} with kind "agenda", "minutes" or
#   "slides". A "\n" inside a paragraph starts a new line of the PDF.
# Body blocks are (block_type, value) tuples of type "heading" or "paragraph", whose values
# are HTML limited to <p>, <b>, <i>, <ul>, <ol> and <li>.

import datetime
import json

from django.core.files.base import ContentFile
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Page, PageLogEntry, Revision

from community.events.dates import event_when
from community.events.models import (
    PARIS,
    AgendaPage,
    EventDocument,
    EventFormat,
    EventIndexPage,
    EventPage,
)
from community.models import CommunityPage, Membership, Role
from community.pages import ensure_community_subpages
from knowledge.geo import Point, format_location

from .field_reports import TOWNS
from .pdf import text_pdf

AGENDA_PAGE = {
    "slug": "agenda",
    "title": "Agenda",
    "intro": (
        "<p>Réunions, visites, webinaires et groupes de travail de toutes les communautés que "
        "vous pouvez consulter. Les événements d’une communauté réservée n’apparaissent "
        "qu’à ses membres. Abonnez-vous au calendrier pour les retrouver dans votre propre "
        "agenda.</p>"
    ),
}

BODY_FICTION_NOTE = (
    "paragraph",
    "<p><i>Événement fictif créé pour la démonstration : les services, les lieux précis, les "
    "personnes et les chiffres sont inventés.</i></p>",
)
DOCUMENT_FICTION_NOTE = (
    "Document fictif créé pour la démonstration du portail Rencontre des Territoires : les "
    "personnes, les chiffres et les décisions rapportés sont inventés."
)

ONLINE_URL = "https://visio.example.org/rencontre-des-territoires/{slug}"
REGISTRATION_URL = "https://inscriptions.example.org/{slug}"

# The label of each kind of document on the event page, and the start of its title.
DOCUMENT_LABELS = {
    "agenda": "Ordre du jour",
    "minutes": "Compte rendu",
    "slides": "Support de présentation",
}
FILE_SUFFIXES = {
    "agenda": "ordre-du-jour",
    "minutes": "compte-rendu",
    "slides": "support-de-presentation",
}

# Public holidays on a fixed date (month, day). Easter Monday, Ascension Day and Whit Monday
# move every year and are not avoided.
FIXED_PUBLIC_HOLIDAYS = {(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)}
# Periods of leave with few meetings, from (month, day) to (month, day) included.
BREAKS = [((7, 20), (8, 20)), ((12, 22), (12, 31)), ((1, 1), (1, 2))]
GO_LIVE_TIME = "08:00"
# Paris time at which a published demo event was announced, some days before loading.
ANNOUNCEMENT_TIME = "10:00"


# ---------------------------------------------------------------------------
# Opérations de revitalisation de territoire
# ---------------------------------------------------------------------------

_REVITALISATION = [
    {
        "slug": "atelier-ort-projet-petite-ville",
        "title": "Atelier : articuler l’ORT et le projet de revitalisation d’une petite ville",
        "summary": (
            "Une journée d’échanges entre chefs de projet et services de l’État pour relier la "
            "convention d’ORT au projet d’une petite ville. Les participants ont travaillé sur "
            "les secteurs d’intervention et sur le plan d’action."
        ),
        "organiser": "DDT de la Nièvre, service aménagement et urbanisme",
        "day": -47,
        "start": "09:30",
        "end": "16:30",
        "format": "in_person",
        "venue": ("Direction départementale des territoires, salle 104", "Nevers", "58000"),
        "registration_note": "Sur inscription, 30 places.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Matin : délimiter les secteurs d’intervention à partir de trois cas "
                "apportés par les participants.</li><li>Après-midi : construire un plan "
                "d’action réaliste et le calendrier des premières actions.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Chefs de projet des communes et des intercommunalités, agents des DDT et "
                "des préfectures qui suivent les conventions.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                (
                    "Participants",
                    [
                        "Vingt-quatre personnes : chefs de projet de huit intercommunalités, "
                        "agents de deux DDT et de la préfecture, une chargée de mission de la "
                        "région."
                    ],
                ),
                (
                    "Points abordés",
                    [
                        "Plusieurs participants ont délimité des secteurs d’intervention très "
                        "larges. Un secteur resserré sur le centre et ses rues commerçantes "
                        "est plus simple à animer et à évaluer.",
                        "Le plan d’action gagne à distinguer les actions engagées, les actions "
                        "programmées avec un financement et les pistes encore à étudier.",
                    ],
                ),
                (
                    "Suites à donner",
                    [
                        "L’animatrice publie une trame de plan d’action dans l’espace de la "
                        "communauté.",
                        "Un webinaire consacré aux indicateurs de suivi sera proposé.",
                    ],
                ),
            ],
            "slides": [
                (
                    "1. Le projet avant la convention",
                    [
                        "Diagnostic partagé, ambitions, priorités de la commune et de "
                        "l’intercommunalité."
                    ],
                ),
                (
                    "2. Trois exemples de secteurs d’intervention",
                    ["Une ville-centre seule, deux centralités, un bourg et ses hameaux."],
                ),
                (
                    "3. Exercice en sous-groupes",
                    [
                        "Chaque groupe propose un secteur et cinq actions prioritaires pour un "
                        "cas fictif."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "webinaire-ort-urbanisme-commercial",
        "title": "Webinaire : l’ORT et l’urbanisme commercial",
        "summary": (
            "Une heure et demie pour comprendre ce que la convention d’ORT change pour les "
            "projets commerciaux, en centre-ville comme en périphérie. Présentation suivie "
            "d’un temps de questions."
        ),
        "organiser": "Animatrice de la communauté ORT",
        "day": -16,
        "start": "14:00",
        "end": "15:30",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Les effets de la convention sur l’autorisation d’exploitation "
                "commerciale.</li><li>Deux exemples de stratégies commerciales de centre-ville."
                "</li><li>Questions des participants.</li></ul>",
            ),
            ("heading", "Pour préparer la séance"),
            (
                "paragraph",
                "<p>Relisez la fiche de référence de la communauté sur l’urbanisme commercial "
                "et envoyez vos questions à l’animatrice avant la séance.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                (
                    "Participants",
                    ["Cinquante-huit personnes connectées, dont une majorité d’agents de DDT."],
                ),
                (
                    "Points abordés",
                    [
                        "Les questions ont surtout porté sur les projets situés en limite des "
                        "secteurs d’intervention et sur le calendrier de signature de la "
                        "convention.",
                        "Les participants souhaitent des exemples de stratégies commerciales "
                        "annexées aux conventions.",
                    ],
                ),
                (
                    "Suites à donner",
                    [
                        "Les questions sans réponse en séance seront traitées dans l’espace "
                        "Entraide de la communauté."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "visite-ilot-degrade-chateauroux",
        "title": "Visite de terrain : la reconquête d’un îlot dégradé à Châteauroux",
        "summary": (
            "Visite d’un îlot de centre-ville où des immeubles dégradés sont transformés en "
            "logements, suivie d’un échange avec l’équipe projet. L’opération présentée est un "
            "exemple inventé."
        ),
        "organiser": "DDT de l’Indre, service habitat et renouvellement urbain",
        "day": 11,
        "start": "14:00",
        "end": "17:00",
        "format": "in_person",
        "venue": ("Rendez-vous sur le parvis de l’hôtel de ville", "Châteauroux", "36000"),
        "registration": True,
        "registration_note": "Sur inscription, 25 places. Prévoir de bonnes chaussures.",
        "body": [
            ("heading", "Déroulé"),
            (
                "paragraph",
                "<ul><li>14 h : présentation de l’opération et de son montage.</li><li>14 h 45 : "
                "visite de l’îlot et de deux logements livrés.</li><li>16 h : échange en salle "
                "avec l’équipe projet.</li></ul>",
            ),
            ("heading", "Ce que vous y verrez"),
            (
                "paragraph",
                "<p>La démolition d’une annexe pour ouvrir un cœur d’îlot, la réhabilitation "
                "de quatre immeubles et la création d’un jardin partagé.</p>",
            ),
        ],
    },
    {
        "slug": "webinaire-indicateurs-suivi-ort",
        "title": "Webinaire : construire les indicateurs de suivi d’une convention d’ORT",
        "summary": (
            "Quels indicateurs retenir pour suivre une ORT sans alourdir le travail des "
            "équipes ? Deux chefs de projet présentent leur tableau de suivi, puis les "
            "participants comparent leurs pratiques."
        ),
        "organiser": "Animatrice de la communauté ORT",
        "day": 18,
        "start": "10:00",
        "end": "11:30",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Indicateurs d’activité, de résultat et de contexte : à quoi sert "
                "chacun.</li><li>Deux tableaux de suivi commentés.</li><li>Les sources de "
                "données disponibles localement.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Chefs de projet et agents de l’État qui suivent une convention signée.</p>",
            ),
        ],
    },
    {
        "slug": "groupe-de-travail-avenants-ort",
        "title": "Groupe de travail : faire évoluer une convention d’ORT par avenant",
        "summary": (
            "Quand et comment modifier le périmètre ou le plan d’action d’une convention, et "
            "avec quels signataires. Séance en salle à Périgueux et à distance."
        ),
        "organiser": "DDT de la Dordogne, service urbanisme et territoires",
        "day": 25,
        "start": "09:30",
        "end": "12:30",
        "format": "hybrid",
        "venue": (
            "Direction départementale des territoires, salle du rez-de-chaussée",
            "Périgueux",
            "24000",
        ),
        "registration": True,
        "registration_note": "Inscription en salle avant la veille ; à distance, lien ci-dessous.",
        "body": [
            ("heading", "Objectif de la séance"),
            (
                "paragraph",
                "<p>Partager une trame d’avenant et une liste des points à vérifier avant de "
                "modifier une convention signée.</p>",
            ),
            ("heading", "Pour préparer la séance"),
            (
                "paragraph",
                "<p>Si votre convention a déjà fait l’objet d’un avenant, apportez-le : il "
                "servira d’exemple.</p>",
            ),
        ],
        "documents": {
            "agenda": [
                (
                    "Ordre du jour",
                    [
                        "9 h 30 – Accueil et tour de table.\n"
                        "9 h 45 – Pourquoi modifier une convention : retours des membres.\n"
                        "10 h 15 – Trois cas : extension d’un secteur d’intervention, ajout "
                        "d’une commune, révision du plan d’action.\n"
                        "11 h 30 – Points de vigilance et trame commune d’avenant.\n"
                        "12 h 15 – Suite des travaux."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "rencontres-regionales-revitalisation",
        "title": "Rencontres régionales de la revitalisation des centres-villes",
        "summary": (
            "Deux jours de plénières, d’ateliers et de visites pour les équipes qui conduisent "
            "des projets de revitalisation : commerce, habitat, espaces publics et "
            "participation des habitants."
        ),
        "organiser": "DREAL Nouvelle-Aquitaine, mission villes et territoires",
        "day": 40,
        "days": 2,
        "format": "in_person",
        "venue": ("Espace de congrès du centre-ville", "Poitiers", "86000"),
        "registration": True,
        "registration_note": "Inscription obligatoire pour chaque journée ; déjeuners offerts.",
        "body": [
            ("heading", "Première journée"),
            (
                "paragraph",
                "<p>Plénière sur dix ans de revitalisation des centres-villes, puis ateliers "
                "thématiques : commerce, habitat, espaces publics.</p>",
            ),
            ("heading", "Seconde journée"),
            (
                "paragraph",
                "<p>Visites de terrain le matin, restitution des ateliers et clôture "
                "l’après-midi.</p>",
            ),
        ],
    },
    {
        "slug": "visite-boutiques-a-l-essai-saint-brieuc",
        "title": "Visite : des boutiques à l’essai pour réoccuper les cellules vides",
        "summary": (
            "Visite de cellules commerciales louées à l’essai en centre-ville, avec l’équipe "
            "qui accompagne les porteurs de projet. Visite annulée : elle sera proposée à "
            "nouveau dans les prochains mois."
        ),
        "organiser": "DDTM des Côtes-d’Armor, service aménagement",
        "day": 32,
        "start": "14:00",
        "end": "16:30",
        "format": "in_person",
        "venue": ("Rendez-vous devant l’office de tourisme", "Saint-Brieuc", "22000"),
        "cancelled": True,
        "registration_note": "Les inscrits ont été prévenus de l’annulation.",
        "body": [
            ("heading", "Annulation"),
            (
                "paragraph",
                "<p>L’équipe d’accueil n’est pas disponible à cette date. Une nouvelle date "
                "sera annoncée dans l’agenda de la communauté.</p>",
            ),
            ("heading", "Ce qui était prévu"),
            (
                "paragraph",
                "<p>La visite de trois boutiques à l’essai et un échange sur le loyer "
                "progressif proposé aux commerçants.</p>",
            ),
        ],
    },
    {
        "slug": "webinaire-commerce-centres-bourgs",
        "title": "Webinaire : le commerce de proximité dans les centres-bourgs",
        "summary": (
            "Comment maintenir ou réinstaller des commerces dans un bourg de quelques milliers "
            "d’habitants ? Regards croisés d’une chargée de mission commerce et d’un chef de "
            "projet, puis questions des participants."
        ),
        "organiser": "Animatrice de la communauté ORT",
        "day": 68,
        "start": "14:00",
        "end": "15:30",
        "format": "online",
        "go_live_in_days": 4,
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Connaître l’offre commerciale existante et les locaux vacants.</li>"
                "<li>Les outils de la collectivité : acquisition de murs, loyers "
                "progressifs, commerces éphémères.</li><li>Questions des participants.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Chefs de projet des petites villes et agents qui les accompagnent.</p>",
            ),
        ],
    },
]


# ---------------------------------------------------------------------------
# Reconquête de l’habitat ancien
# ---------------------------------------------------------------------------

_HABITAT_ANCIEN = [
    {
        "slug": "journee-technique-bati-ancien",
        "title": "Journée technique : rénover le bâti ancien sans l’abîmer",
        "summary": (
            "Comprendre comment les murs anciens gèrent l’humidité et choisir des travaux qui "
            "ne créent pas de désordres : enduits, isolation, ventilation. Interventions d’un "
            "architecte et d’un thermicien, puis visite d’un immeuble réhabilité."
        ),
        "organiser": "DDTM du Gard, service habitat",
        "day": -52,
        "start": "09:30",
        "end": "16:30",
        "format": "in_person",
        "venue": ("Salle de formation du service habitat", "Nîmes", "30000"),
        "registration_note": "Sur inscription, 40 places.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Le fonctionnement d’un mur ancien en pierre ou en pan de bois.</li>"
                "<li>Les erreurs de rénovation les plus fréquentes et leurs conséquences.</li>"
                "<li>Visite d’un immeuble du centre ancien réhabilité.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Agents qui instruisent des dossiers d’aide aux travaux et opérateurs "
                "d’opérations programmées.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                (
                    "Participants",
                    [
                        "Trente-cinq personnes, agents de l’État, des collectivités et de trois "
                        "opérateurs."
                    ],
                ),
                (
                    "Points abordés",
                    [
                        "Un mur ancien échange de la vapeur d’eau avec l’intérieur et "
                        "l’extérieur. Un enduit étanche ou un isolant mal choisi peut y piéger "
                        "l’humidité.",
                        "Avant d’isoler, il faut traiter les causes d’humidité : toiture, "
                        "gouttières, remontées par le sol.",
                        "Sur les façades à préserver, l’isolation se fait par l’intérieur, avec "
                        "des matériaux qui laissent migrer la vapeur d’eau.",
                    ],
                ),
                (
                    "Suites à donner",
                    [
                        "Le support de présentation est joint. Une fiche de synthèse sera "
                        "proposée aux membres pour relecture."
                    ],
                ),
            ],
            "slides": [
                ("1. Comment fonctionne un mur ancien", ["Matériaux, humidité, inertie."]),
                (
                    "2. Cinq erreurs fréquentes",
                    [
                        "Enduit ciment, isolant étanche, ventilation supprimée, drainage oublié, "
                        "menuiseries trop étanches sans ventilation."
                    ],
                ),
                ("3. Ce qu’il faut demander au diagnostic", ["Liste de points à vérifier."]),
            ],
        },
    },
    {
        "slug": "webinaire-reperer-habitat-indigne",
        "title": "Webinaire : repérer l’habitat indigne en centre ancien",
        "summary": (
            "Comment croiser signalements, données fiscales et visites de terrain pour repérer "
            "les logements indignes d’un centre ancien. Deux intercommunalités ont présenté "
            "leur méthode."
        ),
        "organiser": "Animateur de la communauté Reconquête de l’habitat ancien",
        "day": -19,
        "start": "10:00",
        "end": "11:30",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Les sources de repérage et leurs limites.</li><li>Deux méthodes "
                "d’intercommunalités.</li><li>Le lien avec les services d’hygiène et la "
                "justice.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Agents des DDT, des intercommunalités et des services communaux d’hygiène.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                ("Participants", ["Quarante et une personnes connectées."]),
                (
                    "Points abordés",
                    [
                        "Aucune source ne suffit seule : les données fiscales signalent des "
                        "logements de qualité médiocre, mais seule une visite établit "
                        "l’indignité.",
                        "Les deux intercommunalités ont désigné un référent unique qui reçoit "
                        "tous les signalements et en assure le suivi.",
                    ],
                ),
                (
                    "Suites à donner",
                    ["Les membres partagent leurs fiches de signalement dans l’espace Entraide."],
                ),
            ],
        },
    },
    {
        "slug": "visite-opah-ru-courees-lille",
        "title": "Visite : la réhabilitation de courées dans une OPAH-RU",
        "summary": (
            "Visite de courées réhabilitées ou en travaux dans le cadre d’une opération "
            "programmée, avec l’opérateur qui accompagne les propriétaires. Les situations "
            "présentées sont des exemples inventés."
        ),
        "organiser": "DDTM du Nord, service habitat",
        "day": 9,
        "start": "14:00",
        "end": "17:00",
        "format": "in_person",
        "venue": ("Rendez-vous devant la mairie de quartier", "Lille", "59000"),
        "registration": True,
        "registration_note": "Sur inscription, 20 places.",
        "body": [
            ("heading", "Déroulé"),
            (
                "paragraph",
                "<ul><li>Présentation de l’opération et de ses résultats.</li><li>Visite de "
                "deux courées et d’un logement rénové.</li><li>Échange avec l’opérateur.</li>"
                "</ul>",
            ),
            ("heading", "Ce que vous y verrez"),
            (
                "paragraph",
                "<p>Des petites maisons ouvrières regroupées autour d’une cour commune, "
                "rénovées une à une avec des propriétaires aux moyens modestes.</p>",
            ),
        ],
    },
    {
        "slug": "webinaire-aides-anah-operations-programmees",
        "title": "Webinaire : mobiliser les aides de l’Anah en opération programmée",
        "summary": (
            "Les principes des aides de l’Agence nationale de l’habitat aux propriétaires "
            "occupants et bailleurs dans une opération programmée, puis questions à l’expert "
            "de la communauté."
        ),
        "organiser": "Animateur de la communauté, avec l’expert fiscalité",
        "day": 17,
        "start": "10:00",
        "end": "11:30",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Qui peut être aidé et pour quels travaux.</li><li>Le rôle de "
                "l’opérateur dans le montage des dossiers.</li><li>Questions des "
                "participants.</li></ul>",
            ),
            ("heading", "À savoir"),
            (
                "paragraph",
                "<p>Les plafonds et taux d’aide changent régulièrement : vérifiez toujours les "
                "valeurs en vigueur sur le site de l’Anah.</p>",
            ),
        ],
    },
    {
        "slug": "groupe-de-travail-coproprietes-degradees",
        "title": "Groupe de travail : les copropriétés dégradées des centres anciens",
        "summary": (
            "Séance sur les petites copropriétés sans syndic actif, fréquentes dans les "
            "centres anciens : repérage, accompagnement et outils de redressement. En salle à "
            "Saint-Étienne et à distance."
        ),
        "organiser": "DDT de la Loire, service habitat",
        "day": 24,
        "start": "09:30",
        "end": "12:30",
        "format": "hybrid",
        "venue": (
            "Direction départementale des territoires, salle du conseil",
            "Saint-Étienne",
            "42000",
        ),
        "registration": True,
        "registration_note": "Inscription en salle avant la veille, 25 places.",
        "body": [
            ("heading", "Objectif de la séance"),
            (
                "paragraph",
                "<p>Recenser les situations rencontrées par les membres et les outils qui ont "
                "permis de remettre une copropriété en état de fonctionner.</p>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Agents habitat des DDT et des intercommunalités, opérateurs.</p>",
            ),
        ],
        "documents": {
            "agenda": [
                (
                    "Ordre du jour",
                    [
                        "9 h 30 – Accueil.\n"
                        "9 h 45 – Repérer les copropriétés fragiles : données et signaux.\n"
                        "10 h 30 – Deux cas présentés par des membres.\n"
                        "11 h 30 – Les outils d’accompagnement et de redressement.\n"
                        "12 h 15 – Conclusion et prochaine séance."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "formation-diagnostic-bati-ancien-tours",
        "title": "Formation : diagnostiquer un immeuble ancien avant travaux",
        "summary": (
            "Deux jours pour les agents qui instruisent des dossiers de réhabilitation : lire "
            "un bâtiment ancien, repérer les pathologies et dialoguer avec les architectes. "
            "Cas pratiques sur des immeubles en tuffeau."
        ),
        "organiser": "DDT d’Indre-et-Loire, service habitat",
        "day": 44,
        "days": 2,
        "format": "in_person",
        "venue": ("Direction départementale des territoires, salle de formation", "Tours", "37000"),
        "registration": True,
        "registration_note": "Formation gratuite pour les agents publics, 18 places.",
        "body": [
            ("heading", "Première journée"),
            (
                "paragraph",
                "<p>Structure, maçonneries, charpente et couverture : ce qu’il faut regarder "
                "et les questions à poser.</p>",
            ),
            ("heading", "Seconde journée"),
            (
                "paragraph",
                "<p>Cas pratiques sur deux immeubles du centre-ville, puis rédaction d’un avis "
                "sur un programme de travaux.</p>",
            ),
        ],
    },
    {
        "slug": "atelier-renovation-energetique-secteur-protege",
        "title": "Atelier : rénovation énergétique et sites patrimoniaux remarquables",
        "summary": (
            "Comment concilier amélioration énergétique et protection du patrimoine dans un "
            "site patrimonial remarquable ? Échanges avec un architecte des Bâtiments de France "
            "et deux maîtres d’ouvrage."
        ),
        "organiser": "DDTM de l’Aude, service habitat",
        "day": 72,
        "start": "14:00",
        "end": "16:30",
        "format": "hybrid",
        "venue": (
            "Direction départementale des territoires et de la mer, salle 1",
            "Carcassonne",
            "11000",
        ),
        "go_live_in_days": 5,
        "registration": True,
        "registration_note": "Inscription conseillée pour la salle, 30 places.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Ce que l’architecte des Bâtiments de France regarde dans un projet."
                "</li><li>Menuiseries, isolation, enduits : les solutions acceptées.</li>"
                "<li>Deux projets commentés.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Agents des DDT, chefs de projet et opérateurs qui travaillent en centre "
                "ancien protégé.</p>",
            ),
        ],
    },
]


# ---------------------------------------------------------------------------
# Filières vertes
# ---------------------------------------------------------------------------

_FILIERES_VERTES = [
    {
        "slug": "visite-renovation-beton-de-chanvre-troyes",
        "title": "Visite de chantier : une rénovation en béton de chanvre",
        "summary": (
            "Visite d’une maison de quartier rénovée avec un béton de chanvre projeté sur les "
            "murs, en présence du maître d’ouvrage et de l’entreprise. L’opération est un "
            "exemple inventé."
        ),
        "organiser": "DDT de l’Aube, mission construction durable",
        "day": -38,
        "start": "14:00",
        "end": "17:00",
        "format": "in_person",
        "venue": ("Rendez-vous à l’entrée du chantier", "Troyes", "10000"),
        "registration_note": "Sur inscription, 20 places, chaussures de sécurité fournies.",
        "body": [
            ("heading", "Déroulé"),
            (
                "paragraph",
                "<ul><li>Présentation du projet par le maître d’ouvrage.</li><li>Visite du "
                "chantier pendant la projection du béton de chanvre.</li><li>Échange avec "
                "l’entreprise sur le séchage et les finitions.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Maîtres d’ouvrage publics, agents qui les conseillent, architectes.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                (
                    "Participants",
                    ["Dix-huit personnes, dont six maîtres d’ouvrage publics."],
                ),
                (
                    "Points abordés",
                    [
                        "Le béton de chanvre ne porte pas : il isole et régule l’humidité, la "
                        "structure reste assurée par les murs existants.",
                        "Le séchage demande plusieurs semaines selon la saison et l’épaisseur : "
                        "il faut le prévoir dans le planning et ne pas fermer les murs trop tôt.",
                        "L’entreprise a suivi une formation aux règles professionnelles de la "
                        "filière, ce qui a facilité le dialogue avec l’assureur.",
                    ],
                ),
                (
                    "Suites à donner",
                    ["Une seconde visite, après les finitions, sera proposée aux participants."],
                ),
            ],
            "slides": [
                ("1. Le bâtiment avant travaux", ["Murs en moellons, humidité en pied de mur."]),
                (
                    "2. Le choix du béton de chanvre",
                    ["Compatibilité avec le mur ancien, confort d’été, filière locale."],
                ),
                (
                    "3. Planning et coûts",
                    ["Étapes du chantier et postes de dépense (chiffres inventés)."],
                ),
            ],
        },
    },
    {
        "slug": "webinaire-label-batiment-biosource",
        "title": "Webinaire : le label « bâtiment biosourcé » en pratique",
        "summary": (
            "Présentation du label, de ses niveaux et de la démarche pour l’obtenir, puis "
            "retour d’un maître d’ouvrage public qui l’a demandé pour une école. Questions des "
            "participants en fin de séance."
        ),
        "organiser": "Animatrice de la communauté Filières vertes",
        "day": -14,
        "start": "11:00",
        "end": "12:00",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Ce que le label mesure et ce qu’il ne mesure pas.</li><li>Le retour "
                "d’un maître d’ouvrage.</li><li>Questions des participants.</li></ul>",
            ),
            ("heading", "Pour préparer la séance"),
            (
                "paragraph",
                "<p>Lisez la fiche de référence de la communauté sur le label.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                ("Participants", ["Trente-trois personnes connectées."]),
                (
                    "Points abordés",
                    [
                        "Le label se demande tôt : les quantités de matériaux biosourcés se "
                        "décident dès la conception.",
                        "Le maître d’ouvrage invité l’a inscrit dans son programme, ce qui a "
                        "orienté les réponses des équipes de conception.",
                    ],
                ),
                (
                    "Suites à donner",
                    [
                        "Les participants souhaitent un exemple de clause de programme : "
                        "l’animatrice en proposera un."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "visite-creche-paille-terre-strasbourg",
        "title": "Visite : une crèche en paille et terre crue",
        "summary": (
            "Visite d’une crèche en ossature bois, isolée en bottes de paille et enduite de "
            "terre crue, avec l’architecte et la collectivité. Le projet présenté est un "
            "exemple inventé."
        ),
        "organiser": "DDT du Bas-Rhin, service aménagement durable",
        "day": 12,
        "start": "09:30",
        "end": "12:00",
        "format": "in_person",
        "venue": ("Rendez-vous devant la crèche", "Strasbourg", "67000"),
        "registration": True,
        "registration_note": "Sur inscription, 15 places : la crèche reste ouverte pendant la "
        "visite.",
        "body": [
            ("heading", "Déroulé"),
            (
                "paragraph",
                "<ul><li>Le programme et le choix des matériaux.</li><li>Visite des espaces "
                "hors présence des enfants.</li><li>Retour sur le confort d’été et "
                "l’entretien.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Maîtres d’ouvrage publics et agents qui les conseillent.</p>",
            ),
        ],
    },
    {
        "slug": "webinaire-commande-publique-biosources",
        "title": "Webinaire : ouvrir ses marchés publics aux matériaux biosourcés",
        "summary": (
            "Rédiger une consultation qui laisse leur place aux matériaux biosourcés sans "
            "restreindre la concurrence : définition du besoin, critères d’attribution, "
            "variantes. Avec une acheteuse publique et un maître d’ouvrage."
        ),
        "organiser": "Animatrice de la communauté Filières vertes",
        "day": 19,
        "start": "14:00",
        "end": "15:30",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Exprimer un besoin de performance plutôt qu’un matériau.</li><li>Les "
                "critères environnementaux d’attribution.</li><li>Les variantes et leur "
                "analyse.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Acheteurs publics, maîtres d’ouvrage et agents qui les conseillent.</p>",
            ),
        ],
    },
    {
        "slug": "groupe-de-travail-assurance-techniques-biosourcees",
        "title": "Groupe de travail : assurer les ouvrages en matériaux biosourcés",
        "summary": (
            "Des maîtres d’ouvrage rencontrent encore des questions d’assurance sur certaines "
            "techniques. Le groupe fait le point sur les règles professionnelles et les "
            "documents utiles aux assureurs et aux contrôleurs techniques."
        ),
        "organiser": "DDT du Rhône, service bâtiment durable",
        "day": 27,
        "start": "09:30",
        "end": "12:30",
        "format": "hybrid",
        "venue": ("Direction départementale des territoires, salle 3", "Lyon", "69002"),
        "registration": True,
        "registration_note": "Inscription avant la veille pour la salle.",
        "body": [
            ("heading", "Objectif de la séance"),
            (
                "paragraph",
                "<p>Établir une liste des pièces à réunir pour présenter un projet en "
                "matériaux biosourcés à un assureur.</p>",
            ),
            ("heading", "Pour préparer la séance"),
            (
                "paragraph",
                "<p>Apportez un exemple de question posée par un assureur ou un contrôleur "
                "technique sur l’un de vos projets.</p>",
            ),
        ],
        "documents": {
            "agenda": [
                (
                    "Ordre du jour",
                    [
                        "9 h 30 – Accueil.\n"
                        "9 h 45 – Les questions posées par les assureurs : retours des membres.\n"
                        "10 h 30 – Règles professionnelles et avis techniques : ce qu’ils "
                        "couvrent.\n"
                        "11 h 30 – Liste des pièces à réunir.\n"
                        "12 h 15 – Suite des travaux."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "forum-regional-materiaux-biosources",
        "title": "Forum régional des matériaux biosourcés et géosourcés",
        "summary": (
            "Deux journées de rencontres entre maîtres d’ouvrage publics, architectes, "
            "entreprises et producteurs : conférences, stands des filières régionales et "
            "visites de chantiers."
        ),
        "organiser": "DREAL Auvergne-Rhône-Alpes, mission bâtiment durable",
        "day": 41,
        "days": 2,
        "format": "in_person",
        "venue": ("Halle des expositions", "Clermont-Ferrand", "63000"),
        "registration": True,
        "registration_note": "Entrée libre sur inscription ; visites limitées à 25 personnes.",
        "body": [
            ("heading", "Première journée"),
            (
                "paragraph",
                "<p>Conférences sur la structuration des filières bois, chanvre, paille et "
                "terre crue, et stands des producteurs de la région.</p>",
            ),
            ("heading", "Seconde journée"),
            (
                "paragraph",
                "<p>Visites de chantiers en matinée, ateliers sur la commande publique "
                "l’après-midi.</p>",
            ),
        ],
    },
    {
        "slug": "demonstration-enduits-terre-toulouse",
        "title": "Démonstration : enduits de terre crue sur un mur ancien",
        "summary": (
            "Démonstration de mise en œuvre d’enduits de terre par une entreprise locale, sur "
            "un mur témoin. Annulée faute d’inscrits en nombre suffisant ; une nouvelle date "
            "sera proposée."
        ),
        "organiser": "DDT de la Haute-Garonne, pôle construction",
        "day": 33,
        "start": "14:00",
        "end": "17:00",
        "format": "in_person",
        "venue": ("Atelier de l’entreprise partenaire", "Toulouse", "31000"),
        "cancelled": True,
        "registration_note": "Les inscrits ont été prévenus de l’annulation.",
        "body": [
            ("heading", "Annulation"),
            (
                "paragraph",
                "<p>Trop peu de participants s’étaient inscrits. La démonstration sera "
                "reprogrammée au printemps, en même temps qu’une visite de chantier.</p>",
            ),
            ("heading", "Ce qui était prévu"),
            (
                "paragraph",
                "<p>Préparation du mélange, application en deux couches et finition, sur un "
                "mur en brique ancienne.</p>",
            ),
        ],
    },
    {
        "slug": "webinaire-bois-local-commande-publique",
        "title": "Webinaire : utiliser le bois de sa région dans la commande publique",
        "summary": (
            "Un acheteur public ne peut pas exiger une origine locale : quelles voies restent "
            "ouvertes pour que le bois de la région trouve sa place ? Retours d’expérience de "
            "deux collectivités."
        ),
        "organiser": "Animatrice de la communauté Filières vertes",
        "day": 64,
        "start": "10:00",
        "end": "11:30",
        "format": "online",
        "go_live_in_days": 3,
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Ce que le droit de la commande publique permet et interdit.</li>"
                "<li>Fourniture du bois par le maître d’ouvrage, allotissement, critères "
                "environnementaux.</li><li>Deux retours d’expérience.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Acheteurs publics, communes forestières et agents qui les accompagnent.</p>",
            ),
        ],
    },
]


# ---------------------------------------------------------------------------
# Mobilisation des logements vacants
# ---------------------------------------------------------------------------

_LOGEMENTS_VACANTS = [
    {
        "slug": "webinaire-taxes-vacance-plan-national",
        "title": "Webinaire : les taxes sur les logements vacants et le plan national",
        "summary": (
            "La taxe sur les logements vacants et la taxe d’habitation sur les logements "
            "vacants : différences et usages. Puis les outils du plan national de lutte contre "
            "les logements vacants."
        ),
        "organiser": "Animateur de la communauté, avec l’expert fiscalité",
        "day": -41,
        "start": "10:00",
        "end": "11:30",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Les deux taxes : où elles s’appliquent et qui les décide.</li><li>Le "
                "plan national et ses outils de repérage.</li><li>Questions des participants."
                "</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Agents des DDT, des intercommunalités et des communes.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                ("Participants", ["Soixante-quatre personnes connectées."]),
                (
                    "Points abordés",
                    [
                        "La taxe sur les logements vacants s’applique dans les communes où le "
                        "marché du logement est tendu. Ailleurs, la commune ou "
                        "l’intercommunalité peut instituer la taxe d’habitation sur les "
                        "logements vacants par délibération.",
                        "Une taxe seule remet peu de logements sur le marché : les "
                        "participants l’associent à un contact direct avec les propriétaires.",
                    ],
                ),
                (
                    "Suites à donner",
                    [
                        "Les fiches de référence sur les deux taxes seront relues par l’expert "
                        "de la communauté."
                    ],
                ),
            ],
            "slides": [
                (
                    "1. Deux taxes, deux logiques",
                    ["Application de plein droit ou sur délibération."],
                ),
                ("2. Le plan national", ["Données, outil de suivi, réseau des territoires."]),
                (
                    "3. Questions fréquentes",
                    ["Résidences secondaires, logements en travaux, logements en vente."],
                ),
            ],
        },
    },
    {
        "slug": "atelier-donnees-lovac-zero-logement-vacant",
        "title": "Atelier : repérer la vacance avec LOVAC et Zéro Logement Vacant",
        "summary": (
            "Atelier pratique pour prendre en main les données LOVAC et l’outil Zéro Logement "
            "Vacant : repérer les logements vacants depuis longtemps, préparer une campagne et "
            "suivre les contacts."
        ),
        "organiser": "DDT de la Haute-Marne, service habitat",
        "day": -13,
        "start": "09:30",
        "end": "12:30",
        "format": "in_person",
        "venue": (
            "Direction départementale des territoires, salle informatique",
            "Chaumont",
            "52000",
        ),
        "registration_note": "Sur inscription, 12 postes de travail.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Ce que contiennent les données et leurs limites.</li><li>Exercices "
                "sur un territoire fictif.</li><li>Préparer une première liste de "
                "propriétaires à contacter.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Agents des collectivités et des DDT qui préparent une campagne.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                ("Participants", ["Onze personnes de six collectivités et de la DDT."]),
                (
                    "Points abordés",
                    [
                        "Les données ne distinguent pas toujours un logement réellement vacant "
                        "d’un logement en travaux ou en vente : une vérification de terrain "
                        "reste nécessaire.",
                        "Les données contiennent des informations personnelles : leur accès "
                        "et leur usage sont encadrés.",
                    ],
                ),
                (
                    "Suites à donner",
                    [
                        "Trois collectivités lancent une campagne de contact et présenteront "
                        "leurs résultats à la communauté."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "visite-logements-au-dessus-des-commerces-tulle",
        "title": "Visite : des logements remis en location au-dessus des commerces",
        "summary": (
            "Visite d’étages vacants au-dessus de commerces du centre-ville, rendus à nouveau "
            "accessibles par la création d’entrées indépendantes. Le projet présenté est un "
            "exemple inventé."
        ),
        "organiser": "DDT de la Corrèze, service habitat",
        "day": 10,
        "start": "14:00",
        "end": "16:30",
        "format": "in_person",
        "venue": ("Rendez-vous devant la mairie", "Tulle", "19000"),
        "registration": True,
        "registration_note": "Sur inscription, 20 places.",
        "body": [
            ("heading", "Déroulé"),
            (
                "paragraph",
                "<ul><li>Présentation du projet par la commune.</li><li>Visite de deux "
                "immeubles et d’un logement loué.</li><li>Échange avec un propriétaire et "
                "l’opérateur.</li></ul>",
            ),
            ("heading", "Ce que vous y verrez"),
            (
                "paragraph",
                "<p>Des étages longtemps inaccessibles parce que l’entrée passait par le "
                "commerce, et les solutions trouvées avec les commerçants.</p>",
            ),
        ],
    },
    {
        "slug": "webinaire-ecrire-aux-proprietaires",
        "title": "Webinaire : écrire aux propriétaires de logements vacants",
        "summary": (
            "Quel courrier envoyer, à qui, et comment traiter les réponses ? Une "
            "intercommunalité présente sa campagne et ses résultats, puis les participants "
            "partagent leurs modèles."
        ),
        "organiser": "Animateur de la communauté Mobilisation des logements vacants",
        "day": 16,
        "start": "11:00",
        "end": "12:00",
        "format": "online",
        "registration_note": "Ouvert à tous les membres, sans inscription.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Le ton et le contenu d’un premier courrier.</li><li>Organiser le "
                "suivi des réponses.</li><li>Échange de modèles entre participants.</li></ul>",
            ),
            ("heading", "Pour préparer la séance"),
            (
                "paragraph",
                "<p>Relisez le modèle de premier courrier publié dans la communauté.</p>",
            ),
        ],
    },
    {
        "slug": "groupe-de-travail-intermediation-locative",
        "title": "Groupe de travail : rassurer les propriétaires avec l’intermédiation locative",
        "summary": (
            "Garanties de loyers, gestion confiée à une agence immobilière sociale, aide aux "
            "travaux : le groupe compare les solutions proposées aux propriétaires qui hésitent "
            "à louer. En salle à Vesoul et à distance."
        ),
        "organiser": "DDT de la Haute-Saône, service habitat",
        "day": 23,
        "start": "14:00",
        "end": "16:30",
        "format": "hybrid",
        "venue": ("Direction départementale des territoires, salle 2", "Vesoul", "70000"),
        "registration": True,
        "registration_note": "Inscription avant la veille pour la salle.",
        "body": [
            ("heading", "Objectif de la séance"),
            (
                "paragraph",
                "<p>Construire un argumentaire commun à présenter aux propriétaires lors du "
                "premier rendez-vous.</p>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Agents des collectivités, des DDT et des associations d’intermédiation "
                "locative.</p>",
            ),
        ],
        "documents": {
            "agenda": [
                (
                    "Ordre du jour",
                    [
                        "14 h – Accueil.\n"
                        "14 h 15 – Les craintes des propriétaires : retours de terrain.\n"
                        "14 h 45 – Mandat de gestion, location et sous-location : comparaison.\n"
                        "15 h 45 – Argumentaire commun.\n"
                        "16 h 15 – Suite des travaux."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "rencontres-interregionales-logements-vacants",
        "title": "Rencontres interrégionales de la mobilisation des logements vacants",
        "summary": (
            "Deux journées pour partager les méthodes qui marchent : repérage, contact des "
            "propriétaires, accompagnement des travaux et remise en location. Plénières le "
            "matin, ateliers l’après-midi."
        ),
        "organiser": "DDT de la Haute-Vienne et DREAL Nouvelle-Aquitaine",
        "day": 46,
        "days": 2,
        "format": "in_person",
        "venue": ("Centre de conférences", "Limoges", "87000"),
        "registration": True,
        "registration_note": "Inscription obligatoire pour chaque journée.",
        "body": [
            ("heading", "Première journée"),
            (
                "paragraph",
                "<p>Plénière sur les résultats des territoires engagés, puis ateliers sur le "
                "repérage et le premier contact.</p>",
            ),
            ("heading", "Seconde journée"),
            (
                "paragraph",
                "<p>Plénière sur le financement des travaux, puis ateliers sur la remise en "
                "location et l’accession.</p>",
            ),
        ],
    },
    {
        "slug": "atelier-mesurer-vacance-centre-bourg",
        "title": "Atelier : mesurer la vacance dans un centre-bourg",
        "summary": (
            "Les sources statistiques ne disent pas tout de la vacance d’un bourg : l’atelier "
            "compare données fiscales, relevés de terrain et connaissance des élus pour établir "
            "un diagnostic fiable."
        ),
        "organiser": "DDT de la Creuse, service habitat",
        "day": 70,
        "start": "09:30",
        "end": "12:00",
        "format": "hybrid",
        "venue": (
            "Direction départementale des territoires, salle du premier étage",
            "Guéret",
            "23000",
        ),
        "go_live_in_days": 6,
        "registration": True,
        "registration_note": "Inscription conseillée pour la salle, 20 places.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Comparer les chiffres des différentes sources.</li><li>Organiser un "
                "relevé de terrain rue par rue.</li><li>Présenter le diagnostic aux élus.</li>"
                "</ul>",
            ),
            ("heading", "Pour qui ?"),
            (
                "paragraph",
                "<p>Chefs de projet des petites villes et agents des DDT.</p>",
            ),
        ],
    },
]


# ---------------------------------------------------------------------------
# Réseau des chefs de projet ORT (reserved). Every event names Castelbrune, the invented
# town of the network, so a test can detect a leak of reserved content.
# ---------------------------------------------------------------------------

_RESEAU_CHEFS_DE_PROJET = [
    {
        "slug": "castelbrune-retour-comite-de-pilotage-elargi",
        "title": "Castelbrune : retour sur le comité de pilotage élargi",
        "summary": (
            "Réunion du réseau pour tirer les leçons du comité de pilotage élargi de "
            "Castelbrune, ouvert aux commerçants et aux associations : ce qui a fonctionné, ce "
            "qui a été difficile, ce qu’il faudrait changer."
        ),
        "organiser": "Animatrice du réseau des chefs de projet ORT",
        "day": -35,
        "start": "09:30",
        "end": "12:30",
        "format": "in_person",
        "venue": ("Salle de réunion de l’intercommunalité d’accueil", "Moulins", "03000"),
        "registration_note": "Réservé aux membres du réseau.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Le déroulé de la séance de Castelbrune.</li><li>Les réactions des "
                "partenaires et des habitants.</li><li>Les conseils du réseau.</li></ul>",
            ),
            ("heading", "Confidentialité"),
            (
                "paragraph",
                "<p>Les échanges portent sur des difficultés internes : ils restent dans le "
                "réseau.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                ("Participants", ["Quatorze chefs de projet et l’animatrice du réseau."]),
                (
                    "Points abordés",
                    [
                        "À Castelbrune, ouvrir le comité de pilotage aux commerçants a permis "
                        "de débloquer le projet de halle, mais a allongé la séance.",
                        "Le réseau conseille une séance plénière courte suivie d’ateliers "
                        "thématiques.",
                    ],
                ),
                (
                    "Suites à donner",
                    ["La note de méthode du réseau sur le comité de pilotage sera complétée."],
                ),
            ],
        },
    },
    {
        "slug": "castelbrune-preparer-la-revue-annuelle",
        "title": "Échange entre pairs : préparer la revue annuelle, le cas de Castelbrune",
        "summary": (
            "Deux chefs de projet présentent leur méthode pour préparer la revue annuelle de "
            "la convention, à partir du cas d’école de Castelbrune. Échanges sur le calendrier "
            "et les indicateurs."
        ),
        "organiser": "Animatrice du réseau des chefs de projet ORT",
        "day": -11,
        "start": "14:00",
        "end": "15:30",
        "format": "online",
        "registration_note": "Réservé aux membres du réseau.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Le calendrier de la revue annuelle de Castelbrune.</li><li>Les "
                "indicateurs retenus.</li><li>Questions des participants.</li></ul>",
            ),
            ("heading", "Pour préparer la séance"),
            (
                "paragraph",
                "<p>Relisez la note de méthode du réseau sur la revue annuelle.</p>",
            ),
        ],
        "documents": {
            "minutes": [
                ("Participants", ["Dix-neuf membres connectés."]),
                (
                    "Points abordés",
                    [
                        "La revue annuelle de Castelbrune se prépare sur trois mois, en "
                        "commençant par la collecte des indicateurs auprès des partenaires.",
                        "Les membres souhaitent une grille commune pour comparer leurs "
                        "conventions.",
                    ],
                ),
                (
                    "Suites à donner",
                    [
                        "La grille d’analyse de Castelbrune sera testée lors de la rencontre de "
                        "Cahors."
                    ],
                ),
            ],
            "slides": [
                ("1. Castelbrune en bref", ["Une ville-centre, trois secteurs d’intervention."]),
                ("2. Calendrier de la revue annuelle", ["Collecte, analyse, séance, suites."]),
                (
                    "3. Indicateurs retenus",
                    ["Douze indicateurs, dont quatre partagés avec l’intercommunalité."],
                ),
            ],
        },
    },
    {
        "slug": "castelbrune-tableau-de-bord-convention",
        "title": "Visio du réseau : le tableau de bord de la convention de Castelbrune",
        "summary": (
            "Présentation du tableau de bord construit pour suivre la convention de "
            "Castelbrune, puis échange sur les indicateurs que chacun suit dans son propre "
            "territoire."
        ),
        "organiser": "Animatrice du réseau des chefs de projet ORT",
        "day": 13,
        "start": "11:00",
        "end": "12:00",
        "format": "online",
        "registration_note": "Réservé aux membres du réseau.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Le tableau de bord de Castelbrune, écran par écran.</li><li>Tour de "
                "table des pratiques.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            ("paragraph", "<p>Membres du réseau.</p>"),
        ],
    },
    {
        "slug": "castelbrune-grille-analyse-cahors",
        "title": "Rencontre à Cahors : la grille d’analyse de Castelbrune",
        "summary": (
            "Demi-journée de travail en petit groupe pour tester la grille d’analyse des "
            "actions de Castelbrune sur les conventions des participants."
        ),
        "organiser": "Animatrice du réseau, avec une cheffe de projet du Lot",
        "day": 20,
        "start": "14:00",
        "end": "17:00",
        "format": "in_person",
        "venue": ("Salle de réunion de l’intercommunalité d’accueil", "Cahors", "46000"),
        "registration": True,
        "registration_note": "Réservé aux membres du réseau, 12 places.",
        "body": [
            ("heading", "Déroulé"),
            (
                "paragraph",
                "<ul><li>Présentation de la grille de Castelbrune.</li><li>Travail en "
                "binômes sur vos conventions.</li><li>Mise en commun.</li></ul>",
            ),
            ("heading", "À apporter"),
            ("paragraph", "<p>Le plan d’action de votre convention.</p>"),
        ],
    },
    {
        "slug": "castelbrune-animer-le-comite-de-pilotage",
        "title": "Atelier : animer le comité de pilotage de Castelbrune",
        "summary": (
            "Mise en situation : les participants préparent et animent une séance fictive du "
            "comité de pilotage de Castelbrune, avec des rôles d’élus, de partenaires et de "
            "services de l’État. En salle à Alençon et à distance."
        ),
        "organiser": "Animatrice du réseau des chefs de projet ORT",
        "day": 28,
        "start": "09:30",
        "end": "12:30",
        "format": "hybrid",
        "venue": ("Salle de réunion de l’intercommunalité d’accueil", "Alençon", "61000"),
        "registration": True,
        "registration_note": "Réservé aux membres du réseau.",
        "body": [
            ("heading", "Objectif de l’atelier"),
            (
                "paragraph",
                "<p>S’entraîner à tenir un ordre du jour serré et à faire émerger des "
                "décisions.</p>",
            ),
            ("heading", "À distance"),
            (
                "paragraph",
                "<p>Les participants à distance jouent le rôle des partenaires financeurs.</p>",
            ),
        ],
        "documents": {
            "agenda": [
                (
                    "Ordre du jour",
                    [
                        "9 h 30 – Accueil et distribution des rôles.\n"
                        "10 h – Préparation de la séance du comité de pilotage de "
                        "Castelbrune.\n"
                        "10 h 45 – Séance simulée.\n"
                        "11 h 45 – Débriefing collectif.\n"
                        "12 h 15 – Conclusion."
                    ],
                ),
            ],
        },
    },
    {
        "slug": "seminaire-reseau-castelbrune-mi-parcours",
        "title": "Séminaire du réseau : Castelbrune à mi-parcours",
        "summary": (
            "Deux jours entre chefs de projet pour faire le point sur la convention de "
            "Castelbrune à mi-parcours et partager les difficultés de chaque territoire."
        ),
        "organiser": "Animatrice du réseau des chefs de projet ORT",
        "day": 48,
        "days": 2,
        "format": "in_person",
        "venue": ("Salle de séminaire", "Lons-le-Saunier", "39000"),
        "registration": True,
        "registration_note": "Réservé aux membres du réseau ; hébergement à réserver soi-même.",
        "body": [
            ("heading", "Première journée"),
            (
                "paragraph",
                "<p>Bilan à mi-parcours de Castelbrune et ateliers sur les actions en retard.</p>",
            ),
            ("heading", "Seconde journée"),
            (
                "paragraph",
                "<p>Échanges entre pairs sur les situations difficiles, puis programme du "
                "réseau pour l’année suivante.</p>",
            ),
        ],
    },
    {
        "slug": "castelbrune-point-etape-revue-annuelle",
        "title": "Castelbrune : point d’étape sur la revue annuelle",
        "summary": (
            "Point d’étape à distance sur la revue annuelle de Castelbrune. Annulé : les "
            "questions seront traitées lors de l’atelier en salle d’Alençon."
        ),
        "organiser": "Animatrice du réseau des chefs de projet ORT",
        "day": 34,
        "start": "14:00",
        "end": "15:00",
        "format": "online",
        "cancelled": True,
        "registration_note": "Réservé aux membres du réseau.",
        "body": [
            ("heading", "Annulation"),
            (
                "paragraph",
                "<p>Ce point d’étape est annulé. Envoyez vos questions à l’animatrice du "
                "réseau.</p>",
            ),
        ],
    },
    {
        "slug": "castelbrune-prochain-comite-de-pilotage",
        "title": "Castelbrune : préparer le prochain comité de pilotage",
        "summary": (
            "Séance à distance pour préparer l’ordre du jour du prochain comité de pilotage de "
            "Castelbrune et répartir les interventions entre les partenaires."
        ),
        "organiser": "Animatrice du réseau des chefs de projet ORT",
        "day": 65,
        "start": "14:00",
        "end": "15:30",
        "format": "online",
        "go_live_in_days": 4,
        "registration_note": "Réservé aux membres du réseau.",
        "body": [
            ("heading", "Au programme"),
            (
                "paragraph",
                "<ul><li>Les décisions attendues à Castelbrune.</li><li>L’ordre du jour et "
                "les intervenants.</li></ul>",
            ),
            ("heading", "Pour qui ?"),
            ("paragraph", "<p>Membres du réseau.</p>"),
        ],
    },
]

EVENTS = {
    "revitalisation-territoire": _REVITALISATION,
    "habitat-ancien": _HABITAT_ANCIEN,
    "filieres-vertes": _FILIERES_VERTES,
    "logements-vacants": _LOGEMENTS_VACANTS,
    "reseau-chefs-projet-ort": _RESEAU_CHEFS_DE_PROJET,
}


def load(home, note):
    """Create the portal agenda and the demo events that do not exist yet.

    The communities and their facilitators must exist. `note(label, object)` is called for each
    object created. An event is identified by its slug in its community's agenda: an existing
    one is left unchanged, whatever its dates.
    """
    load_agenda_page(home, note)
    today = timezone.localtime(timezone=PARIS).date()
    for slug, events in EVENTS.items():
        community = CommunityPage.objects.filter(slug=slug).first()
        if community is None:
            continue
        # Communities published before events existed have no agenda yet.
        ensure_community_subpages(community)
        agenda = EventIndexPage.objects.child_of(community).get()
        facilitator = first_facilitator(community)
        for data in events:
            if EventPage.objects.child_of(agenda).filter(slug=data["slug"]).exists():
                continue
            event = publish_event(agenda, community, data, today, facilitator)
            label = "scheduled event" if event.go_live_at else "event"
            note(f"{label} of {community.title}", event.title)
            for item in event.documents.select_related("document"):
                note(f"event document ({item.kind})", item.document.title)


def load_agenda_page(home, note):
    """Publish the portal agenda unless it exists or another page already has its address."""
    slug = AGENDA_PAGE["slug"]
    if AgendaPage.objects.exists() or Page.objects.child_of(home).filter(slug=slug).exists():
        return
    page = AgendaPage(title=AGENDA_PAGE["title"], slug=slug, intro=AGENDA_PAGE["intro"])
    Page.objects.get(pk=home.pk).add_child(instance=page)
    page.save_revision().publish()
    note("portal agenda", page.title)


def first_facilitator(community):
    """Return the active facilitator of `community` who owns its demo events, or None."""
    membership = (
        Membership.objects.active()
        .filter(community=community, role=Role.FACILITATOR)
        .select_related("user")
        .order_by("user__username")
        .first()
    )
    return membership.user if membership else None


def publish_event(agenda, community, data, today, facilitator):
    """Add the event of `data` to `agenda` and publish it, or schedule it if it has a go-live."""
    page = build_event(data, today)
    page.owner = facilitator
    # Documents are child objects of the page, so that its revisions contain them too.
    page.documents = [
        EventDocument(
            kind=kind,
            document=create_document(kind, sections, page, community, facilitator),
            label=DOCUMENT_LABELS[kind],
        )
        for kind, sections in data.get("documents", {}).items()
    ]
    if "go_live_in_days" in data:
        # A page added as not live, whose published revision has a future go-live date, is
        # scheduled: `manage.py publish_scheduled` publishes it on that date.
        go_live_day = working_days(today + datetime.timedelta(days=data["go_live_in_days"]), 1)
        page.live = False
        page.go_live_at = paris_time(go_live_day, GO_LIVE_TIME)

    Page.objects.get(pk=agenda.pk).add_child(instance=page)
    revision = page.save_revision(user=facilitator)
    revision.publish(user=facilitator, skip_permission_checks=True)
    if page.go_live_at is None:
        date_announcement(page, revision, data, today)
    return EventPage.objects.get(pk=page.pk)


def date_announcement(page, revision, data, today):
    """Move the publication of an event into the past, so that the activity log is spread out.

    Publishing stamps the loading time. An event is dated at least two weeks before it takes
    place, and further back the sooner it is, so that every event was announced before today.
    """
    days_before_today = max(14 - data["day"], 1 + (90 - data["day"]) // 6)
    announced_at = paris_time(today - datetime.timedelta(days=days_before_today), ANNOUNCEMENT_TIME)
    Page.objects.filter(pk=page.pk).update(
        first_published_at=announced_at,
        last_published_at=announced_at,
        latest_revision_created_at=announced_at,
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=announced_at)
    PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=announced_at)


def build_event(data, today):
    """Return an unsaved EventPage of `data`, dated from `today`, with its derived columns."""
    page = EventPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        organiser=data["organiser"],
        format=data["format"],
        cancelled=data.get("cancelled", False),
        registration_note=data.get("registration_note", ""),
        body=json.dumps(
            [{"type": kind, "value": value} for kind, value in [*data["body"], BODY_FICTION_NOTE]]
        ),
    )
    step = -1 if data["day"] < 0 else 1
    first_day = working_days(
        today + datetime.timedelta(days=data["day"]), data.get("days", 1), step
    )
    if "days" in data:
        page.all_day = True
        page.start_date = first_day
        page.end_date = first_day + datetime.timedelta(days=data["days"] - 1)
    else:
        page.start = paris_time(first_day, data["start"])
        page.end = paris_time(first_day, data["end"])
    if data["format"] in (EventFormat.IN_PERSON, EventFormat.HYBRID):
        venue_name, town, postcode = data["venue"]
        page.venue_name = venue_name
        page.venue_address = f"{postcode} {town}"
        page.location = format_location(Point(TOWNS[town]["longitude"], TOWNS[town]["latitude"]))
    if data["format"] in (EventFormat.ONLINE, EventFormat.HYBRID):
        page.online_url = ONLINE_URL.format(slug=data["slug"])
    if data.get("registration"):
        page.registration_url = REGISTRATION_URL.format(slug=data["slug"])
    page.derive_columns()
    return page


def working_days(day, length, step=1):
    """Return the first day from `day` on that starts `length` working days in a row.

    The search goes forward, or backward with a `step` of -1, so that a past date stays past.
    """
    while not all(
        is_working_day(day + datetime.timedelta(days=offset)) for offset in range(length)
    ):
        day += datetime.timedelta(days=step)
    return day


def is_working_day(day):
    """Tell whether a demo event may take place on `day`.

    Weekends, public holidays on a fixed date and the summer and year-end breaks are excluded.
    """
    month_day = (day.month, day.day)
    if day.weekday() >= 5 or month_day in FIXED_PUBLIC_HOLIDAYS:
        return False
    return not any(first <= month_day <= last for first, last in BREAKS)


def paris_time(day, clock):
    """Return the aware datetime of `day` at `clock` ("HH:MM") in Paris."""
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=PARIS)


def create_document(kind, sections, page, community, user):
    """Save a PDF document of `kind` for the event `page`, in the collection of `community`.

    The collection of a reserved community is private, so its documents are too.
    """
    title = f"{DOCUMENT_LABELS[kind]} – {page.title}"
    content = text_pdf(
        title, [describe_event(page, community), *sections], note=DOCUMENT_FICTION_NOTE
    )
    document = get_document_model()(
        title=title,
        file=ContentFile(content, name=f"{page.slug}-{FILE_SUFFIXES[kind]}.pdf"),
        collection=community.access.collection,
        uploaded_by_user=user,
    )
    # Wagtail's document forms fill the size and hash this way before saving.
    document._set_document_file_metadata()
    document.save()
    return document


def describe_event(page, community):
    """Return the first section of a document: the community, date, place and organiser."""
    place = "À distance"
    if page.format != EventFormat.ONLINE:
        place = f"{page.venue_name}, {page.venue_address}"
    if page.format == EventFormat.HYBRID:
        place += ", et à distance"
    with translation.override("fr"):
        when = event_when(page)
    lines = [
        f"Communauté : {community.title}",
        f"Date : {when}",
        f"Lieu : {place}",
        f"Organisation : {page.organiser}",
    ]
    return ("L’événement", ["\n".join(lines)])
