package org.parley.listening.intent;

import java.util.Set;

/** Intent patterns for French; see {@link IntentCues} for what each list means. */
final class FrenchIntentCues {

	private static final String PURCHASE = "(?:acheter|achete|commander|commande|souscrire|souscris|me abonner|se abonner|"
			+ "abonner|abonne\\w*|coordonnees bancaires|inscrire|prendre|pris|passer chez|offrir|craquer|payer)";

	static final IntentCues CUES = new IntentCues(
			IntentCues.patterns("resili\\w*", "je quitte", "quitter (?:orange|sfr|free|bouygues|sky|\\p{L}+ pour)",
					"je (?:vais |veux )?(?:me )?casse de chez", "je (?:vais |veux )?partir (?:chez|de chez|ailleurs)",
					"je pars\\b", "partir chez la concurrence", "changer de (?:operateur|fournisseur|banque|box|forfait)",
					"je change de (?:operateur|fournisseur|banque)", "portabilite", "(?:me )?desabonne\\w*",
					"(?:me )?desinscri\\w*", "annuler (?:mon|ma|mes) (?:abonnement|contrat|forfait|compte)",
					"cloturer (?:mon|ma) (?:compte|ligne)", "ne renouvellerai pas", "ne reviendrai pas",
					"fin de (?:mon|le) engagement", "je (?:m'en|me en) vais", "voir ailleurs", "suis parti(?:e)? chez",
					"je migre vers", "migrer vers", "autre (?:operateur|fournisseur)", "rends la box",
					"fini entre nous", "je ne veux plus de", "lacher", "mettre fin a (?:mon|le|ma) (?:contrat|abonnement|forfait)",
					"arreter (?:mon|le|la|ma) (?:abonnement|contrat|forfait|box)", "signe ailleurs", "ne reste(?:rai)? pas",
					"ne resterai plus", "je me (?:barre|tire)", "adieu", "bye bye", "(?:passer|aller) a la concurrence",
					"plus jamais (?!de panne)", "changer de crem\\w*"),
			IntentCues.patterns("(?:vais|veux|voudrais|souhaite|aimerais|compte|pense|envisage|prevois)(?: \\p{L}+){0,2} (?:prendre|acheter|commander|souscrire|me abonner|me inscrire|passer chez|signer|craquer|offrir|me faire plaisir)",
					"je signe ou", "ou (?:est-ce que )?(?:je )?signe", "me tente", "je vais (?:\\p{L}+ )?(?:prendre|craquer|commander|acheter|me abonner|souscrire|me laisser tenter|passer|changer pour|m'inscrire|me inscrire)",
					"je compte (?:me abonner|prendre|acheter|souscrire|passer|commander)",
					"ou (?:est-ce que je peux |puis-je |peut-on |je peux )?(?:acheter|commander|souscrire|trouver)",
					"je (?:veux|voudrais|souhaite|aimerais) (?:souscrire|me abonner|acheter|commander|prendre|changer pour|absolument)",
					"je pense (?:passer|prendre|acheter|me abonner)", "je passe chez", "passer a la fibre",
					"je commande", "je craque", "je prends", "interesse", "combien coute", "comment (?:faire pour )?(?:souscrire|se abonner|me inscrire)",
					"comment je me inscris", "je me inscris", "decide", "je reflechis a (?:prendre|acheter|souscrire)",
					"devis", "pret a signer", "on va le ajouter", "envie de (?:tester|essayer|acheter)", "vous me conseillez",
					"je cherche un (?:forfait|telephone|abonnement|box)", "moyen de souscrire", "quelles sont les demarches",
					"essai gratuit me a convaincu", "hate\\b", "carte cadeau", "cartes sim prepayees"),
			IntentCues.patterns("je voulais", "je voudrais", "aurais bien", "aimerais", "me plait", "me tente", "je ai voulu", "ai failli", "je souhaitais",
					"hesite", "me interesse", "interesse", "tentante?", "souscrirais", "je veux", "passer chez vous",
					PURCHASE),
			IntentCues.obstacles(
					IntentCues.patterns("livraison", "livrent pas", "livre pas", "expedition"),
					IntentCues.patterns("stock", "en rupture", "rupture", "indisponible", "epuise\\w*", "plus disponible",
							"introuvable", "plus nulle part", "ne y en a plus", "plus en vente", "reassort"),
					IntentCues.patterns("reseau", "couverture", "couverte?", "eligible", "desservie?", "debit dans ma zone",
							"zone blanche", "5g dans mon", "ne arrive pas (?:encore )?(?:dans|chez|a|jusque)"),
					IntentCues.patterns("compatible", "incompatible", "ne (?:la |le )?supporte pas", "ne marche pas sur",
							"ne fonctionne pas (?:avec|sur)", "ne tourne pas sur", "uniquement (?:sur|pour) (?:ios|android|iphone|mac|windows)"),
					IntentCues.patterns("service client", "conseiller", "injoignable", "personne ne repond", "ne repond jamais",
							"pas de reponse", "attente de", "vendeur", "joindre", "au telephone", "hotline", "impossible de (?:parler|avoir)"),
					IntentCues.patterns("confiance", "arnaque", "louche", "reputation", "douteu\\w+", "frais caches",
							"prelevements abusifs", "non autorises", "histoires de", "peur", "mefian\\w+", "(?:trop de|mauvais|lu des) avis", "avis negatifs"),
					IntentCues.patterns("cher(?:e|s|es)?\\b", "prix", "tarif", "budget", "frais", "euros par mois", "par mois", "€", "exorbitant\\w*", "fortune", "coute (?:une fortune|trop|cher|un bras)", "ruineu\\w+", "pas donne", "ce est trop\\b"),
					IntentCues.patterns("plante", "bugue?", "bug", "justificatif", "nouveaux clients", "refusee?",
							"code promo", "echoue", "impossible de valider", "formulaire", "paiement", "ne passe pas")),
			IntentCues.obstacles(
					IntentCues.patterns("pas de livraison", "livrent pas", "delais? de livraison"),
					IntentCues.patterns("en rupture", "rupture (?:de stock|totale)", "epuise\\w*", "indisponible",
							"plus (?:aucun|de) stock"),
					IntentCues.patterns("(?:pas|plus|aucun|zero) (?:de )?(?:reseau|signal|couverture|barre de reseau) (?:chez moi|dans mon|dans ma|a la maison)",
							"pas eligible", "ne est pas eligible", "pas couverte?", "ne est pas couverte?", "pas desservie?"),
					IntentCues.patterns("pas compatible", "incompatible"),
					IntentCues.patterns(),
					IntentCues.patterns("pas confiance", "fais pas confiance"),
					IntentCues.patterns("trop cher\\w*", "hors de prix", "(?:me|le|la) offrir", "pas les moyens", "coute une fortune"),
					IntentCues.patterns()),
			Set.of("ne", "pas", "jamais", "plus", "non"));

	private FrenchIntentCues() {
	}
}
