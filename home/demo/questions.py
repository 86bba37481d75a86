"""Demo mutual help: questions of each community, their answer threads, and one thread on an
instruction page, with the functions that load them.

People, places, projects and figures in the questions and answers are invented. Where an
answer states a rule, it paraphrases the law or a reference page of the community.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from wagtail.models import Page, PageLogEntry, Revision

from community.models import CommunityPage, Membership, MembershipStatus
from community.pages import ensure_community_subpages
from knowledge.models import InstructionPage
from qa.models import Follow, QuestionIndexPage, QuestionPage
from qa.threads import comments_of, post_answer, refresh_page, set_reference_answer

# Members who ask and answer questions, beside the accounts of home.demo.content. The
# passwords are for local demo use only.
USERS = [
    {
        # Member of revitalisation-territoire and of the reserved reseau-chefs-projet-ort.
        "username": "cheffe.projet",
        "first_name": "Claire",
        "last_name": "Vasseur",
        "email": "claire.vasseur@example.org",
        "password": "demo-cheffe-projet-2026",
        "is_superuser": False,
    },
    {
        # Member of the reserved reseau-chefs-projet-ort only.
        "username": "chef.projet",
        "first_name": "Antoine",
        "last_name": "Morel",
        "email": "antoine.morel@example.org",
        "password": "demo-chef-projet-2026",
        "is_superuser": False,
    },
    {
        # Member of revitalisation-territoire and logements-vacants.
        "username": "agent.ddt",
        "first_name": "Yannick",
        "last_name": "Le Gall",
        "email": "yannick.legall@example.org",
        "password": "demo-agent-ddt-2026",
        "is_superuser": False,
    },
    {
        # Member of habitat-ancien and logements-vacants.
        "username": "chargee.habitat",
        "first_name": "Émilie",
        "last_name": "Royer",
        "email": "emilie.royer@example.org",
        "password": "demo-chargee-habitat-2026",
        "is_superuser": False,
    },
    {
        # Member of filieres-vertes.
        "username": "referent.construction",
        "first_name": "Olivier",
        "last_name": "Guérin",
        "email": "olivier.guerin@example.org",
        "password": "demo-referent-construction-2026",
        "is_superuser": False,
    },
]

# Active memberships of the accounts above: (username, community slug, role).
MEMBERSHIPS = [
    ("cheffe.projet", "revitalisation-territoire", "member"),
    ("cheffe.projet", "reseau-chefs-projet-ort", "member"),
    ("chef.projet", "reseau-chefs-projet-ort", "member"),
    ("agent.ddt", "revitalisation-territoire", "member"),
    ("agent.ddt", "logements-vacants", "member"),
    ("chargee.habitat", "habitat-ancien", "member"),
    ("chargee.habitat", "logements-vacants", "member"),
    ("referent.construction", "filieres-vertes", "member"),
]

# Appended to the details of every demo question.
FICTION_NOTE = "<p><i>Question fictive, créée pour la démonstration.</i></p>"

# A question: `asked_days_ago` dates it before the load. Each answer is posted
# `after_hours` after the question, and its `replies` nest below it (two levels at most).
# One answer may be the `reference` answer, which makes the question resolved. A question
# with answers and no reference answer is answered; one without answers is unanswered.
# `related_page` is the slug of a reference page of the same community.
QUESTIONS = [
    # ------------------------------------------------------------------
    # Opérations de revitalisation de territoire (public)
    # ------------------------------------------------------------------
    {
        "community": "revitalisation-territoire",
        "slug": "ajouter-une-commune-a-une-ort-signee",
        "title": "Peut-on ajouter une deuxième commune à une ORT déjà signée ?",
        "details": (
            "<p>Notre convention d’ORT a été signée il y a deux ans avec la seule ville "
            "principale. Une commune voisine d’environ 4 000 habitants, dont le bourg-centre "
            "perd ses commerces, veut rejoindre la démarche.</p>"
            "<p>Faut-il reprendre toute la convention, ou un avenant suffit-il ?</p>"
        ),
        "asker": "cheffe.projet",
        "tags": ["avenant", "secteur d’intervention", "gouvernance"],
        "asked_days_ago": 34,
        "related_page": "elaborer-convention-ort",
        "answers": [
            {
                "author": "animatrice.ort",
                "after_hours": 6,
                "reference": True,
                "text": (
                    "Un avenant suffit : la convention d’ORT est faite pour évoluer. L’avenant "
                    "ajoute la commune parmi les signataires, délimite son secteur "
                    "d’intervention et complète le plan d’actions.\n\n"
                    "Comme pour la convention initiale, les assemblées des signataires, "
                    "nouvelle commune comprise, délibèrent sur le projet avant la signature. "
                    "La fiche « Élaborer une convention d’ORT » liste les pièces à mettre à "
                    "jour."
                ),
                "replies": [
                    {
                        "author": "membre.multi",
                        "after_hours": 27,
                        "text": (
                            "Nous l’avons fait l’an dernier pour un bourg de notre "
                            "intercommunalité. Joignez à l’avenant une carte datée du nouveau "
                            "secteur, précise à la parcelle : les notaires et les porteurs de "
                            "projets nous l’ont demandée dès la signature."
                        ),
                        "replies": [
                            {
                                "author": "cheffe.projet",
                                "after_hours": 50,
                                "text": (
                                    "Merci à toutes les deux. Nous partons sur un avenant, avec "
                                    "la carte du secteur en annexe."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "author": "agent.ddt",
                "after_hours": 30,
                "text": (
                    "Côté État, prévenez la direction départementale des territoires dès le "
                    "début. Nous vérifions la cohérence du nouveau secteur avec le document "
                    "d’urbanisme avant que le préfet ne signe l’avenant."
                ),
            },
        ],
    },
    {
        "community": "revitalisation-territoire",
        "slug": "dispense-autorisation-exploitation-commerciale",
        "title": "Dispense d’autorisation d’exploitation commerciale : que vérifier pour un projet ?",
        "details": (
            "<p>Un porteur de projet veut ouvrir un magasin alimentaire de 1 200 m² de surface "
            "de vente dans une ancienne halle, au cœur d’un secteur d’intervention de notre "
            "ORT. Il nous demande s’il est dispensé d’autorisation d’exploitation "
            "commerciale.</p>"
            "<p>Quels éléments faut-il vérifier avant de lui répondre ?</p>"
        ),
        "asker": "agent.ddt",
        "tags": ["commerce", "urbanisme commercial", "CDAC"],
        "asked_days_ago": 12,
        "answers": [
            {
                "author": "animatrice.ort",
                "after_hours": 4,
                "text": (
                    "Je vérifierais dans cet ordre :\n\n"
                    "1. Le local est-il dans un secteur d’intervention qui comprend un "
                    "centre-ville identifié par la convention ? Appuyez-vous sur la carte "
                    "annexée à la convention et à ses avenants.\n"
                    "2. Que dit la rédaction en vigueur du code de commerce ? Les conditions de "
                    "la dispense ont changé depuis 2018, comme le rappelle la fiche sur "
                    "l’urbanisme commercial.\n\n"
                    "En cas de doute, interrogez le service de l’État qui instruit les dossiers "
                    "de CDAC dans votre département."
                ),
                "replies": [
                    {
                        "author": "agent.ddt",
                        "after_hours": 26,
                        "text": (
                            "Merci. D’après la carte annexée, le local est bien dans le secteur "
                            "de centre-ville. Je vérifie la rédaction en vigueur avant de "
                            "répondre."
                        ),
                        "replies": [
                            {
                                "author": "membre.multi",
                                "after_hours": 49,
                                "text": (
                                    "Gardez une trace écrite de votre réponse et de la version "
                                    "de la carte utilisée. Si un avenant modifie les secteurs, "
                                    "vous saurez sur quelle base vous avez répondu."
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "community": "revitalisation-territoire",
        "slug": "indicateurs-vacance-commerciale",
        "title": "Quels indicateurs suivez-vous pour la vacance commerciale en centre-ville ?",
        "details": (
            "<p>Nous voulons suivre l’évolution des locaux commerciaux vides dans le secteur de "
            "centre-ville de notre ORT. Comptez-vous des locaux, des mètres de vitrine ou "
            "autre chose ? À quelle fréquence faites-vous le relevé ?</p>"
        ),
        "asker": "membre.multi",
        "tags": ["commerce", "indicateurs", "vacance commerciale"],
        "asked_days_ago": 3,
        "answers": [],
    },
    {
        "community": "revitalisation-territoire",
        "slug": "denormandie-communes-eligibles",
        "title": "Denormandie : quelles communes de notre département sont éligibles ?",
        "details": (
            "<p>Des agences immobilières nous demandent si le dispositif Denormandie "
            "s’applique dans les bourgs de notre département. Où trouver la réponse ?</p>"
        ),
        "asker": "membre.multi",
        "tags": ["Denormandie", "logement", "fiscalité"],
        "asked_days_ago": 8,
        "answers": [
            {
                "author": "animatrice.ort",
                "after_hours": 5,
                "text": (
                    "Deux catégories de communes sont éligibles : celles dont la liste est "
                    "fixée par arrêté, et celles qui ont signé une convention d’ORT. La fiche "
                    "« L’ORT : cadre juridique et effets de la convention » le résume.\n\n"
                    "Pour le détail des conditions, la communauté « Reconquête de l’habitat "
                    "ancien » tient une fiche sur le dispositif, relue par son expert fiscal."
                ),
            },
            {
                "author": "cheffe.projet",
                "after_hours": 22,
                "text": (
                    "Nous avons fait une page d’une demi-feuille pour les agences : la liste "
                    "des communes signataires de l’ORT, la date de signature et un renvoi vers "
                    "impots.gouv.fr pour les conditions. Elle évite beaucoup d’appels."
                ),
            },
        ],
    },
    # ------------------------------------------------------------------
    # Reconquête de l’habitat ancien (public)
    # ------------------------------------------------------------------
    {
        "community": "habitat-ancien",
        "slug": "denormandie-travaux-realises-soi-meme",
        "title": "Denormandie : les travaux faits par le propriétaire comptent-ils dans les 25 % ?",
        "details": (
            "<p>Un investisseur achète une maison de ville à rénover dans notre périmètre "
            "d’OPAH-RU. Il veut faire lui-même la peinture et les sols pour réduire la "
            "facture.</p>"
            "<p>Ces travaux entrent-ils dans le calcul des 25 % du coût total de "
            "l’opération ?</p>"
        ),
        "asker": "chargee.habitat",
        "tags": ["Denormandie", "fiscalité", "travaux"],
        "asked_days_ago": 29,
        "related_page": "dispositif-denormandie",
        "answers": [
            {
                "author": "expert.fiscalite",
                "after_hours": 8,
                "reference": True,
                "text": (
                    "Non. Les travaux retenus sont ceux facturés par une entreprise, comme le "
                    "rappelle la fiche sur le dispositif. Ce que le propriétaire réalise "
                    "lui-même n’entre pas dans le calcul.\n\n"
                    "Conseillez-lui de faire chiffrer par des entreprises un programme de "
                    "travaux qui atteint à lui seul le seuil de 25 %. Qu’il vérifie aussi sa "
                    "situation avec un conseiller fiscal : plafonds de loyer et de ressources, "
                    "durée de location et date limite d’acquisition conditionnent "
                    "l’avantage."
                ),
                "replies": [
                    {
                        "author": "chargee.habitat",
                        "after_hours": 26,
                        "text": (
                            "C’est clair, merci. Je lui transmets la fiche et le contact de "
                            "l’opérateur de l’OPAH-RU."
                        ),
                        "replies": [
                            {
                                "author": "animateur.habitat",
                                "after_hours": 30,
                                "text": (
                                    "Bonne idée : l’opérateur pourra aussi lui présenter les "
                                    "aides de l’OPAH-RU. Les règles de cumul avec l’avantage "
                                    "fiscal s’apprécient au cas par cas."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "author": "membre.multi",
                "after_hours": 20,
                "text": (
                    "Même question chez nous l’an dernier. L’investisseur a finalement confié "
                    "tout le second œuvre à une entreprise pour rester au-dessus du seuil."
                ),
            },
        ],
    },
    {
        "community": "habitat-ancien",
        "slug": "immeuble-dangereux-procedure-depuis-2021",
        "title": "Immeuble dangereux en OPAH-RU : quelle procédure depuis la réforme de 2021 ?",
        "details": (
            "<p>Dans notre périmètre d’OPAH-RU, un immeuble vacant de trois niveaux a une "
            "façade fissurée, et des tuiles sont tombées sur le trottoir. Le maire nous demande "
            "quelle procédure engager.</p>"
            "<p>Nos modèles d’arrêtés de péril datent d’avant 2021 : que faut-il changer ?</p>"
        ),
        "asker": "membre.multi",
        "tags": ["habitat indigne", "police de la sécurité", "OPAH-RU"],
        "asked_days_ago": 15,
        "answers": [
            {
                "author": "animateur.habitat",
                "after_hours": 5,
                "text": (
                    "L’ordonnance du 16 septembre 2020 a remplacé les anciennes procédures de "
                    "péril, depuis le 1er janvier 2021, par une police unique de la sécurité et "
                    "de la salubrité des immeubles. Elle figure aux articles L. 511-1 et "
                    "suivants du code de la construction et de l’habitation.\n\n"
                    "Pour un immeuble dangereux, le maire engage une procédure de mise en "
                    "sécurité, et une procédure d’urgence existe en cas de danger imminent. "
                    "Vos modèles d’arrêtés de péril ne sont plus à jour : repartez des textes "
                    "en vigueur."
                ),
                "replies": [
                    {
                        "author": "membre.multi",
                        "after_hours": 24,
                        "text": "Merci. Et si le propriétaire ne fait pas les travaux prescrits ?",
                        "replies": [
                            {
                                "author": "animateur.habitat",
                                "after_hours": 28,
                                "text": (
                                    "L’autorité qui a pris l’arrêté peut prononcer une astreinte, "
                                    "puis faire exécuter les travaux d’office aux frais du "
                                    "propriétaire. En OPAH-RU, demandez à l’opérateur "
                                    "d’accompagner le propriétaire dès la notification : "
                                    "beaucoup de dossiers se règlent avant l’exécution "
                                    "d’office."
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "community": "habitat-ancien",
        "slug": "menuiseries-abords-monument-historique",
        "title": "Fenêtres en PVC dans les abords d’un monument historique : que conseiller ?",
        "details": (
            "<p>Dans notre OPAH, plusieurs propriétaires veulent remplacer leurs fenêtres en "
            "bois par du PVC, moins cher. Leurs maisons sont dans les abords d’un monument "
            "historique.</p>"
            "<p>Que leur conseiller avant qu’ils ne signent un devis ?</p>"
        ),
        "asker": "membre.multi",
        "tags": ["patrimoine", "architecte des Bâtiments de France", "menuiseries"],
        "asked_days_ago": 22,
        "answers": [
            {
                "author": "animateur.habitat",
                "after_hours": 6,
                "reference": True,
                "text": (
                    "Dans les abords d’un monument historique, les travaux qui modifient "
                    "l’aspect extérieur d’un immeuble sont soumis à autorisation, et "
                    "l’architecte des Bâtiments de France (ABF) donne son accord dans les "
                    "conditions du code du patrimoine. Le remplacement des fenêtres modifie "
                    "cet aspect.\n\n"
                    "Conseillez aux propriétaires de présenter leur projet à l’ABF avant de "
                    "signer un devis. Le retour d’expérience « Réhabiliter en secteur "
                    "protégé » montre ce que gagne un échange précoce."
                ),
                "replies": [
                    {
                        "author": "membre.multi",
                        "after_hours": 25,
                        "text": (
                            "Merci. L’ABF de notre département tient une permanence mensuelle "
                            "à la mairie : j’y oriente les propriétaires."
                        ),
                    },
                ],
            },
            {
                "author": "chargee.habitat",
                "after_hours": 26,
                "text": (
                    "Chez nous, la convention d’OPAH prévoit une aide au surcoût des fenêtres "
                    "en bois dans le périmètre protégé. Regardez si la vôtre le permet : c’est "
                    "un bon argument face à un devis en PVC."
                ),
            },
        ],
    },
    {
        "community": "habitat-ancien",
        "slug": "ravalement-obligatoire-centre-ancien",
        "title": "Ravalement obligatoire des façades en centre ancien : des retours d’expérience ?",
        "details": (
            "<p>Notre commune envisage d’imposer le ravalement des façades de la rue "
            "principale, en lien avec l’OPAH-RU. Des communes du réseau l’ont-elles fait ? "
            "Comment avez-vous articulé les injonctions avec les aides aux propriétaires ?</p>"
        ),
        "asker": "chargee.habitat",
        "tags": ["ravalement", "OPAH-RU", "patrimoine"],
        "asked_days_ago": 2,
        "answers": [],
    },
    # ------------------------------------------------------------------
    # Filières vertes (public)
    # ------------------------------------------------------------------
    {
        "community": "filieres-vertes",
        "slug": "exiger-bois-local-marche-travaux",
        "title": "Peut-on exiger du bois local dans un marché de travaux ?",
        "details": (
            "<p>Une commune prépare la construction d’une salle polyvalente en ossature bois. "
            "Les élus veulent que le bois vienne des forêts du département.</p>"
            "<p>Peut-on l’écrire dans le cahier des charges ?</p>"
        ),
        "asker": "referent.construction",
        "tags": ["commande publique", "bois", "critères d’attribution"],
        "asked_days_ago": 31,
        "related_page": "commande-publique-materiaux-biosources",
        "answers": [
            {
                "author": "animatrice.filieres",
                "after_hours": 3,
                "reference": True,
                "text": (
                    "Pas sous cette forme. Exiger une origine locale revient à discriminer les "
                    "entreprises selon leur implantation, comme le rappelle la fiche sur la "
                    "commande publique et les matériaux biosourcés.\n\n"
                    "L’acheteur peut en revanche fixer dans le programme un objectif carbone "
                    "exigeant, autoriser les variantes, et retenir des critères d’attribution "
                    "liés à l’objet du marché, comme l’impact carbone du transport. Échanger "
                    "avec la filière avant la consultation aide à calibrer ces exigences."
                ),
                "replies": [
                    {
                        "author": "referent.construction",
                        "after_hours": 24,
                        "text": (
                            "Merci, c’est ce que je craignais. Peut-on au moins demander du "
                            "bois issu de forêts gérées durablement ?"
                        ),
                        "replies": [
                            {
                                "author": "animatrice.filieres",
                                "after_hours": 29,
                                "text": (
                                    "Oui, cette exigence est liée à l’objet du marché. Si vous "
                                    "citez une certification, comme PEFC ou FSC, acceptez aussi "
                                    "toute preuve équivalente pour ne pas restreindre la "
                                    "concurrence."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "author": "membre.multi",
                "after_hours": 48,
                "text": (
                    "Nos élus avaient la même demande. Nous avons organisé une visite de "
                    "chantier avec l’interprofession régionale du bois avant de lancer la "
                    "consultation, et les entreprises du secteur ont répondu."
                ),
            },
        ],
    },
    {
        "community": "filieres-vertes",
        "slug": "isolation-paille-batiment-public-assurance",
        "title": "Isolation en paille d’une école : quelles assurances vérifier ?",
        "details": (
            "<p>Nous étudions l’isolation en bottes de paille d’une école maternelle en "
            "rénovation. Le bureau de contrôle nous interroge sur l’assurance des "
            "entreprises.</p>"
            "<p>Que faut-il leur demander ?</p>"
        ),
        "asker": "membre.multi",
        "tags": ["paille", "assurance", "établissement recevant du public"],
        "asked_days_ago": 17,
        "answers": [
            {
                "author": "referent.construction",
                "after_hours": 9,
                "text": (
                    "La construction en paille dispose de règles professionnelles. Les "
                    "assureurs la traitent comme une technique courante lorsque l’entreprise "
                    "applique ces règles.\n\n"
                    "Demandez à chaque entreprise une attestation d’assurance décennale qui "
                    "cite explicitement cette activité, et vérifiez que ses équipes ont suivi "
                    "une formation aux règles professionnelles."
                ),
                "replies": [
                    {
                        "author": "animatrice.filieres",
                        "after_hours": 26,
                        "text": (
                            "J’ajoute que dans un établissement recevant du public, il vaut "
                            "mieux associer le bureau de contrôle dès l’esquisse : la sécurité "
                            "incendie se règle plus facilement en amont que pendant le "
                            "chantier."
                        ),
                        "replies": [
                            {
                                "author": "membre.multi",
                                "after_hours": 50,
                                "text": "Merci à vous deux, je transmets au maître d’œuvre.",
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "community": "filieres-vertes",
        "slug": "label-batiment-biosource-rehabilitation",
        "title": "Le label « bâtiment biosourcé » s’applique-t-il à une réhabilitation ?",
        "details": (
            "<p>Nous réhabilitons une ancienne école en médiathèque avec une isolation en "
            "fibre de bois et des enduits chanvre-chaux. Les élus aimeraient afficher le label "
            "« bâtiment biosourcé ». Est-ce possible ?</p>"
        ),
        "asker": "membre.multi",
        "tags": ["label", "réhabilitation", "chanvre"],
        "asked_days_ago": 10,
        "answers": [
            {
                "author": "animatrice.filieres",
                "after_hours": 7,
                "reference": True,
                "text": (
                    "Non : le label prévu à l’article D. 171-6 du code de la construction et "
                    "de l’habitation concerne les bâtiments neufs, comme l’explique la fiche "
                    "sur le label.\n\n"
                    "Pour valoriser les matériaux de la réhabilitation, fixez dans le programme "
                    "la part de matériaux biosourcés visée, et suivez-la jusqu’à la réception."
                ),
                "replies": [
                    {
                        "author": "membre.multi",
                        "after_hours": 31,
                        "text": (
                            "Dommage, mais c’est clair. Nous publierons la part de matériaux "
                            "biosourcés dans le bilan de l’opération."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "community": "filieres-vertes",
        "slug": "beton-de-chanvre-sechage-hiver",
        "title": "Béton de chanvre en réhabilitation : des retours sur le séchage en hiver ?",
        "details": (
            "<p>Nous transformons une ancienne grange en mairie annexe, avec un doublage en "
            "béton de chanvre projeté. Le planning prévoit de le mettre en œuvre en "
            "décembre.</p>"
            "<p>Avez-vous des retours sur les temps de séchage et les précautions à prendre en "
            "hiver ?</p>"
        ),
        "asker": "referent.construction",
        "tags": ["chanvre", "chantier", "réhabilitation"],
        "asked_days_ago": 5,
        "answers": [],
    },
    # ------------------------------------------------------------------
    # Mobilisation des logements vacants (public)
    # ------------------------------------------------------------------
    {
        "community": "logements-vacants",
        "slug": "thlv-deliberation-apres-le-1er-octobre",
        "title": "THLV : une délibération prise en novembre s’applique-t-elle l’année suivante ?",
        "details": (
            "<p>Le conseil municipal d’une commune de notre département a délibéré le 14 "
            "novembre pour instituer la taxe d’habitation sur les logements vacants. La mairie "
            "pensait l’appliquer dès l’an prochain.</p>"
            "<p>Est-ce possible ?</p>"
        ),
        "asker": "agent.ddt",
        "tags": ["THLV", "fiscalité", "délibération"],
        "asked_days_ago": 27,
        "related_page": "thlv-instituer",
        "answers": [
            {
                "author": "expert.fiscalite",
                "after_hours": 5,
                "reference": True,
                "text": (
                    "En règle générale, non. La délibération est prise dans les conditions de "
                    "l’article 1639 A bis du code général des impôts, c’est-à-dire avant le 1er "
                    "octobre d’une année pour une application à partir de l’année suivante. "
                    "Une délibération du 14 novembre arrive trop tard pour l’an prochain.\n\n"
                    "Demandez à la direction départementale des finances publiques à partir de "
                    "quelle année elle s’appliquera, et transmettez-la sans attendre à la "
                    "préfecture et aux services fiscaux."
                ),
                "replies": [
                    {
                        "author": "agent.ddt",
                        "after_hours": 23,
                        "text": "Merci, j’appelle la DDFiP et je préviens la mairie.",
                        "replies": [
                            {
                                "author": "animateur.vacance",
                                "after_hours": 30,
                                "text": (
                                    "Profitez de ce délai pour préparer avec la commune le "
                                    "courrier aux propriétaires. Une taxe convainc mieux "
                                    "lorsqu’elle est annoncée avec l’offre "
                                    "d’accompagnement."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "author": "chargee.habitat",
                "after_hours": 25,
                "text": (
                    "Même situation chez nous il y a deux ans. Nous avons mis ce délai à profit "
                    "pour vérifier sur le terrain la liste des logements vacants."
                ),
            },
        ],
    },
    {
        "community": "logements-vacants",
        "slug": "lovac-transmission-bureau-etudes",
        "title": "LOVAC : peut-on transmettre les données détaillées à un bureau d’études ?",
        "details": (
            "<p>Notre intercommunalité confie une étude sur la vacance à un bureau d’études, "
            "qui demande l’extraction LOVAC logement par logement.</p>"
            "<p>Avons-nous le droit de la lui transmettre, et à quelles conditions ?</p>"
        ),
        "asker": "chargee.habitat",
        "tags": ["LOVAC", "données personnelles", "RGPD"],
        "asked_days_ago": 14,
        "answers": [
            {
                "author": "animateur.vacance",
                "after_hours": 7,
                "text": (
                    "Les données détaillées de LOVAC contiennent des données personnelles et ne "
                    "servent qu’à la politique locale de lutte contre la vacance, dans le cadre "
                    "de l’acte d’engagement signé par votre structure. Relisez d’abord cet "
                    "acte : c’est lui qui dit si et comment un prestataire peut traiter les "
                    "données pour votre compte.\n\n"
                    "Si c’est possible, le marché doit contenir les clauses qu’impose "
                    "l’article 28 du RGPD à un sous-traitant. Limitez l’extraction aux champs "
                    "utiles et prévoyez la destruction des fichiers en fin de mission."
                ),
                "replies": [
                    {
                        "author": "chargee.habitat",
                        "after_hours": 27,
                        "text": (
                            "Merci. Notre délégué à la protection des données relit les "
                            "clauses cette semaine."
                        ),
                    },
                ],
            },
            {
                "author": "expert.fiscalite",
                "after_hours": 28,
                "text": (
                    "Un point de plus : ne transmettez pas au bureau d’études les échanges que "
                    "vous avez pu avoir avec les services fiscaux sur la situation d’un "
                    "propriétaire. Ces informations sont couvertes par le secret fiscal."
                ),
            },
        ],
    },
    {
        "community": "logements-vacants",
        "slug": "tlv-occupation-quelques-semaines",
        "title": "TLV : un logement occupé deux mois dans l’année est-il encore vacant ?",
        "details": (
            "<p>Un propriétaire conteste la taxe sur les logements vacants : il a prêté son "
            "appartement à un neveu pendant deux mois l’an dernier. Que lui répondre ?</p>"
        ),
        "asker": "chargee.habitat",
        "tags": ["TLV", "fiscalité", "vacance"],
        "asked_days_ago": 20,
        "answers": [
            {
                "author": "expert.fiscalite",
                "after_hours": 6,
                "reference": True,
                "text": (
                    "La fiche sur la TLV le rappelle : un logement occupé plus de 90 jours "
                    "consécutifs au cours de la période de référence n’est pas considéré comme "
                    "vacant. Deux mois d’occupation ne suffisent donc pas, à eux seuls, à "
                    "écarter la taxe.\n\n"
                    "La situation exacte compte toutefois. Orientez le propriétaire vers son "
                    "service des impôts, qui seul peut trancher sa réclamation."
                ),
                "replies": [
                    {
                        "author": "chargee.habitat",
                        "after_hours": 22,
                        "text": "Merci, c’est exactement le point qu’il contestait.",
                    },
                ],
            },
        ],
    },
    {
        "community": "logements-vacants",
        "slug": "logements-au-dessus-des-commerces",
        "title": "Logements vacants au-dessus des commerces : comment créer un accès séparé ?",
        "details": (
            "<p>Dans les centres-bourgs de notre département, une bonne part des logements "
            "vacants repérés se trouve au-dessus de commerces, sans accès indépendant.</p>"
            "<p>Des communes ont-elles financé la création de ces accès ? Avec quels "
            "partenaires ?</p>"
        ),
        "asker": "agent.ddt",
        "tags": ["centre-bourg", "commerce", "travaux"],
        "asked_days_ago": 1,
        "answers": [],
    },
    # ------------------------------------------------------------------
    # Réseau des chefs de projet ORT (reserved). Every question names Castelbrune, so a
    # test can detect any leak of reserved content.
    # ------------------------------------------------------------------
    {
        "community": "reseau-chefs-projet-ort",
        "slug": "castelbrune-presenter-abandon-action",
        "title": "Castelbrune : comment proposer aux élus l’abandon d’une action ?",
        "details": (
            "<p>À Castelbrune, la transformation de l’ancienne gendarmerie en logements figure "
            "dans la convention depuis trois ans, mais aucun maître d’ouvrage ne veut la "
            "porter. Je dois proposer son abandon au prochain comité de pilotage.</p>"
            "<p>Comment le présenter sans que les élus le vivent comme un échec ?</p>"
        ),
        "asker": "chef.projet",
        "tags": ["gouvernance", "plan d’actions", "élus"],
        "asked_days_ago": 24,
        "answers": [
            {
                "author": "animatrice.reseau",
                "after_hours": 4,
                "reference": True,
                "text": (
                    "Présentez-le comme une décision à prendre, pas comme un constat d’échec. "
                    "Dans la note de synthèse, exposez en trois lignes ce qui a été tenté, "
                    "pourquoi l’action ne trouve pas de maître d’ouvrage, et ce que son "
                    "abandon libère : crédits, temps d’ingénierie.\n\n"
                    "Proposez une suite dans la même note : une action de remplacement, ou "
                    "une étude d’un autre usage du site. L’abandon sera ensuite formalisé par "
                    "le prochain avenant."
                ),
                "replies": [
                    {
                        "author": "cheffe.projet",
                        "after_hours": 26,
                        "text": (
                            "Nous avons fait de même l’an dernier pour une halle. Ce qui a "
                            "aidé : l’abandon figurait déjà comme hypothèse dans la revue "
                            "annuelle."
                        ),
                        "replies": [
                            {
                                "author": "chef.projet",
                                "after_hours": 49,
                                "text": (
                                    "Très utile, merci. Je l’ajoute à la revue annuelle de "
                                    "Castelbrune avant la séance."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "author": "membre.multi",
                "after_hours": 29,
                "text": (
                    "Prévenez aussi le maire en tête-à-tête avant l’envoi des documents. Il "
                    "n’aime sans doute pas découvrir ce genre de proposition dans un dossier de "
                    "séance."
                ),
            },
        ],
    },
    {
        "community": "reseau-chefs-projet-ort",
        "slug": "castelbrune-indicateurs-commerce-revue-annuelle",
        "title": "Revue annuelle : comment Castelbrune compte-t-elle les locaux commerciaux vacants ?",
        "details": (
            "<p>Je prépare la revue annuelle de notre ORT en m’inspirant de celle de "
            "Castelbrune. Comment le relevé des locaux commerciaux vacants y est-il fait, et à "
            "quel moment de l’année ?</p>"
        ),
        "asker": "membre.multi",
        "tags": ["indicateurs", "commerce", "suivi"],
        "asked_days_ago": 11,
        "answers": [
            {
                "author": "animatrice.reseau",
                "after_hours": 6,
                "text": (
                    "La note de méthode propose un indicateur simple : le nombre de locaux "
                    "commerciaux vacants dans les secteurs de centre-ville. À Castelbrune, le "
                    "relevé se fait chaque année en décembre, rue par rue, avec la même grille. "
                    "La régularité compte plus que la finesse."
                ),
                "replies": [
                    {
                        "author": "membre.multi",
                        "after_hours": 24,
                        "text": "Les locaux en travaux sont-ils comptés comme vacants ?",
                        "replies": [
                            {
                                "author": "chef.projet",
                                "after_hours": 30,
                                "text": (
                                    "À Castelbrune, nous les comptons à part, ni vacants ni "
                                    "occupés. Sinon, un chantier de réhabilitation fait monter "
                                    "la vacance l’année où il démarre."
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "community": "reseau-chefs-projet-ort",
        "slug": "castelbrune-concertation-avenant",
        "title": "Castelbrune : associer les habitants à un avenant de la convention ?",
        "details": (
            "<p>Le prochain avenant de la convention de Castelbrune doit ajouter un secteur "
            "d’intervention autour de la gare. Les élus souhaitent une réunion publique avant "
            "le comité de pilotage.</p>"
            "<p>Avez-vous organisé une concertation sur un avenant ? Sous quelle forme ?</p>"
        ),
        "asker": "cheffe.projet",
        "tags": ["avenant", "concertation", "secteur d’intervention"],
        "asked_days_ago": 4,
        "answers": [],
    },
]

# A thread on an instruction page of a public community, where an agent asks about the page
# as they read it. Its first comment is posted `started_days_ago` before the load.
INSTRUCTION_THREAD = {
    "community": "logements-vacants",
    "page": "reperage-lovac-zlv",
    "started_days_ago": 13,
    "comments": [
        {
            "author": "agent.ddt",
            "after_hours": 0,
            "text": (
                "Le nouveau millésime de LOVAC sort-il à une date fixe ? Nous voulons caler "
                "notre prochaine campagne de courriers sur sa sortie."
            ),
            "replies": [
                {
                    "author": "animateur.vacance",
                    "after_hours": 6,
                    "text": (
                        "Le Cerema produit LOVAC chaque année, mais la date de mise à "
                        "disposition peut varier. Demandez l’accès au nouveau millésime dès son "
                        "annonce, et gardez quelques semaines pour le repérage de terrain avant "
                        "d’écrire aux propriétaires."
                    ),
                    "replies": [
                        {
                            "author": "chargee.habitat",
                            "after_hours": 27,
                            "text": (
                                "Chez nous, le repérage de terrain a pris un mois pour 300 "
                                "adresses. Comptez-le dans le calendrier."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
}


def load(note):
    """Create the memberships, questions and threads of the demo that do not exist yet.

    The communities, their reference pages and every demo account must exist. `note(label,
    object)` is called for each object created, and existing objects are left unchanged.
    """
    usernames = {data["author"] for data in iter_thread(INSTRUCTION_THREAD["comments"])}
    usernames |= {username for username, _slug, _role in MEMBERSHIPS}
    for question in QUESTIONS:
        usernames.add(question["asker"])
        usernames |= {data["author"] for data in iter_thread(question["answers"])}
    users = get_user_model().objects.in_bulk(usernames, field_name="username")

    load_memberships(users, note)
    for data in QUESTIONS:
        load_question(data, users, note)
    load_instruction_thread(INSTRUCTION_THREAD, users, note)


def iter_thread(comments):
    """Yield every comment of a demo thread, replies included, parents before replies."""
    for comment in comments:
        yield comment
        yield from iter_thread(comment.get("replies", []))


def load_memberships(users, note):
    slugs = {slug for _username, slug, _role in MEMBERSHIPS}
    communities = {page.slug: page for page in CommunityPage.objects.filter(slug__in=slugs)}
    for username, slug, role in MEMBERSHIPS:
        _membership, created = Membership.objects.get_or_create(
            user=users[username],
            community=communities[slug],
            defaults={
                "role": role,
                "status": MembershipStatus.ACTIVE,
                "approved_at": timezone.now(),
            },
        )
        if created:
            note("membership", f"{username} – {communities[slug].title} ({role})")


def load_question(data, users, note):
    """Publish the question of `data` if it is missing, then post its missing answers."""
    community = CommunityPage.objects.get(slug=data["community"])
    # Communities published before mutual help existed have no Entraide page yet.
    ensure_community_subpages(community)
    index = QuestionIndexPage.objects.child_of(community).get()

    question = QuestionPage.objects.child_of(index).filter(slug=data["slug"]).first()
    created = question is None
    if created:
        question = publish_question(index, data, users[data["asker"]])
        note("question", question.title)

    posted = load_thread(question, data["answers"], question.first_published_at, users, note)
    reference = next((answer for answer, entry in posted if entry.get("reference")), None)
    if reference is not None:
        set_reference_answer(question, reference)
    if created or posted:
        # The question and its answers were dated now, then moved into the past: date its
        # last activity again.
        refresh_page(question)


def publish_question(index, data, asker):
    """Publish a question as a revision by its asker, dated `asked_days_ago` in the past."""
    related_page = None
    if "related_page" in data:
        related_page = Page.objects.descendant_of(index.get_parent()).get(slug=data["related_page"])
    question = QuestionPage(
        title=data["title"],
        slug=data["slug"],
        details=data["details"] + FICTION_NOTE,
        asker=asker,
        owner=asker,
        related_page=related_page,
    )
    question.tags.add(*data["tags"])
    Page.objects.get(pk=index.pk).add_child(instance=question)
    revision = question.save_revision(user=asker)
    # Members have no Wagtail publish permission. On the site, asking publishes the question
    # at once for them too.
    revision.publish(user=asker, skip_permission_checks=True)
    Follow.objects.get_or_create(user=asker, page=question)

    # Publishing stamps the current time everywhere: move the question into the past.
    asked_at = timezone.now() - datetime.timedelta(days=data["asked_days_ago"])
    Page.objects.filter(pk=question.pk).update(
        first_published_at=asked_at,
        last_published_at=asked_at,
        latest_revision_created_at=asked_at,
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=asked_at)
    PageLogEntry.objects.filter(page_id=question.pk).update(timestamp=asked_at)
    return QuestionPage.objects.get(pk=question.pk)


def load_thread(page, comments, start, users, note, parent=None):
    """Post the comments of a demo thread missing on `page`, each `after_hours` after `start`.

    A comment is taken as already there when its author has posted the same text on the
    page. Return the (comment, demo entry) pairs of the comments posted now.
    """
    posted = []
    for entry in comments:
        author = users[entry["author"]]
        comment = comments_of(page).filter(user=author, comment=entry["text"]).first()
        if comment is None:
            comment = post_answer(page, author, entry["text"], parent=parent)
            submitted_at = start + datetime.timedelta(hours=entry["after_hours"])
            XtdComment.objects.filter(pk=comment.pk).update(submit_date=submitted_at)
            comment.submit_date = submitted_at
            # As on the site, answering makes the author follow the page.
            Follow.objects.get_or_create(user=author, page=page)
            posted.append((comment, entry))
            note("answer" if parent is None else "reply", f"{author.username} on {page.title}")
        posted += load_thread(page, entry.get("replies", []), start, users, note, parent=comment)
    return posted


def load_instruction_thread(data, users, note):
    community = CommunityPage.objects.get(slug=data["community"])
    page = InstructionPage.objects.descendant_of(community).get(slug=data["page"])
    start = timezone.now() - datetime.timedelta(days=data["started_days_ago"])
    load_thread(page, data["comments"], start, users, note)
