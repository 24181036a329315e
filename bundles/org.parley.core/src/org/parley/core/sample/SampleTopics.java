package org.parley.core.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.ParleyFactory;
import org.parley.model.Topic;

/**
 * The sample's topic tree, with keywords in English and French so that listening tags mentions in
 * both languages the brand speaks.
 */
final class SampleTopics {

    private final Map<String, Topic> topics = new LinkedHashMap<>();

    SampleTopics() {
        Topic billing = topic(null, "billing", "Billing (facturation)", "Bills, charges and payments.",
                "bill", "charged", "payment", "direct debit", "facture", "prélèvement", "paiement");
        topic(billing, "refunds", "Refunds (remboursement)", "Money owed back to members.",
                "refund", "overcharged", "money back", "remboursement", "trop payé");

        Topic network = topic(null, "network", "Network (réseau)", "Coverage and quality of the network.",
                "signal", "coverage", "4G", "5G", "réseau", "couverture");
        topic(network, "outage", "Outage (panne)", "Service down in an area or for everyone.",
                "outage", "no signal", "network down", "not working", "panne", "coupure", "pas de réseau");
        topic(network, "speed", "Broadband and data speed (débit)", "How fast data and broadband are.",
                "speed", "slow", "Mbps", "buffering", "débit", "lent", "lenteur");
        topic(network, "roaming", "Roaming (itinérance)", "Using the phone abroad.",
                "roaming", "abroad", "EU roaming", "travel", "itinérance", "à l'étranger", "hors forfait");

        Topic contract = topic(null, "contract", "Contract (contrat)", "Joining, staying and leaving.",
                "contract", "plan", "contrat", "abonnement");
        topic(contract, "cancellation", "Contract cancellation (résiliation)", "Members who want to leave.",
                "cancel", "leave", "PAC code", "STAC", "résilier", "résiliation", "quitter");
        topic(contract, "switching", "Switching network (portabilité)", "Moving a number from another network.",
                "switch", "port my number", "PAC", "change network", "portabilité", "changer d'opérateur");

        Topic products = topic(null, "products", "Products and plans (offres)", "What giffgaff sells.",
                "goodybag", "SIM only", "offer", "offre", "forfait");
        topic(products, "handsets", "New handsets (nouveaux téléphones)", "New and refurbished phones.",
                "iPhone", "Galaxy", "Pixel", "refurbished", "handset", "smartphone", "reconditionné");
        topic(products, "esim", "eSIM", "Digital SIMs and how to set them up.", "eSIM", "e-SIM", "QR code",
                "carte SIM virtuelle");

        topic(null, "careers", "Careers (carrières)", "Working at giffgaff.",
                "jobs", "hiring", "careers", "graduate", "internship", "emploi", "recrutement", "stage");
        topic(null, "community", "Community (communauté)", "The members' community and its payback.",
                "community", "payback", "helper", "forum", "communauté", "entraide");
        topic(null, "partnerships", "Partnerships and perks (partenariats)", "Perks with partner brands.",
                "Starbucks", "perk", "partnership", "reward", "partenariat", "avantage");
        topic(null, "announcements", "Press and announcements (communiqués)", "News the press office shares.",
                "press release", "announcement", "launch", "communiqué", "annonce");
    }

    Topic get(String key) {
        return SampleBrands.required(topics, key);
    }

    List<Topic> all() {
        return List.copyOf(topics.values());
    }

    private Topic topic(Topic parent, String key, String name, String description, String... keywords) {
        Topic topic = SampleIds.identify(ParleyFactory.eINSTANCE.createTopic(), "topic/" + key);
        topic.setName(name);
        topic.setParent(parent);
        topic.setDescription(description);
        topic.getKeywords().addAll(List.of(keywords));
        topics.put(key, topic);
        return topic;
    }
}
