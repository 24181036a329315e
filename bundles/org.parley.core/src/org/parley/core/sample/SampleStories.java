package org.parley.core.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * What the sample's teams publish in the quarter, in English and French, one small method per team.
 * Recurring series and backlog ideas are in {@link SampleSeries}.
 */
final class SampleStories {

    private SampleStories() {
    }

    static List<Story> all() {
        List<Story> stories = new ArrayList<>();
        stories.addAll(service());
        stories.addAll(serviceInFrench());
        stories.addAll(marketing());
        stories.addAll(marketingInFrench());
        stories.addAll(sales());
        stories.addAll(product());
        stories.addAll(community());
        stories.addAll(careers());
        stories.addAll(press());
        return stories;
    }

    private static List<Story> service() {
        return List.of(
                Story.of("bill-explained", "service/members", "learn").on("x", "facebook", "forum").at(10)
                        .title("Your bill, line by line")
                        .says("Not sure what a line on your bill means? Here is every charge explained, from goodybag to add-ons.")
                        .explains("Every month members ask us what a line on their bill means. We took the most common ones and explained them in plain English: your goodybag, anything you spent outside it, and the add-ons you chose. If something still looks wrong, tell us and we will look into it the same day.")
                        .hashtags("giffgaff", "billing").link("/help/billing").tags("billing", "how-to"),
                Story.of("refund-times", "service/members", "qa").on("x", "facebook", "forum").at(11)
                        .title("How long does a refund take?")
                        .says("Asked for a refund? Most reach your card in 3 to 5 working days. Here is how to check where yours is.")
                        .explains("When we refund you, the money leaves us the same day, and most banks show it within 3 to 5 working days. If it has been longer, reply here with your member name (never your password) and we will chase it for you.")
                        .hashtags("giffgaff", "refunds").link("/help/refunds").tags("billing", "refund"),
                Story.of("outage-checker", "service/members", "service-update").on("x", "facebook", "forum").at(9)
                        .title("Is it you or the network? Use the status checker")
                        .says("No signal? Before you restart everything, check our network status page for your postcode. It updates every 15 minutes.")
                        .explains("When the network has a problem in your area, our status checker shows it first, with the time we expect it fixed. Enter your postcode, and if nothing is reported, try the three quick fixes listed under it before you contact us.")
                        .hashtags("giffgaff", "outage").link("/network/status").tags("outage", "network"),
                Story.of("leaving-fairly", "service/members", "qa").on("x", "facebook", "forum").at(14)
                        .title("Thinking of leaving? What you need to know")
                        .says("Want to leave? No exit fees, no hard sell. Text PAC to 65075 for your code, or STAC to close without moving your number.")
                        .explains("You can leave giffgaff whenever you like, with no exit fee. Text PAC to 65075 to get a code to take your number with you, or STAC to 75075 if you just want to close. If something made you want to go, we would love to hear it, and maybe fix it.")
                        .hashtags("giffgaff").link("/help/leaving").tags("cancellation", "contract"),
                Story.of("roaming-basics", "service/members", "learn").campaign("roaming-easter").on("x", "facebook", "forum").at(12)
                        .title("Roaming in Europe: what is included")
                        .says("Off somewhere for Easter? Your goodybag works in 36 European destinations. Check the list and the fair use limit before you fly.")
                        .explains("Roaming is included in every goodybag in 36 European destinations, up to the fair use limit shown in your account. Outside Europe, add a roaming add-on before you go: it is cheaper than paying as you go. Turn on data roaming on your phone when you land.")
                        .hashtags("giffgaff", "roaming", "Easter").link("/roaming").tags("roaming", "travel"),
                Story.of("slow-data-fixes", "service/members", "learn").on("x", "facebook", "forum").at(17)
                        .title("Slow data? Five fixes that work")
                        .says("Data crawling? Toggle airplane mode, check your APN, and switch to 4G if 5G is patchy. Three more fixes in the thread.")
                        .explains("Most slow data problems are fixed in two minutes: toggle airplane mode, check your APN settings, switch between 4G and 5G, update your phone and restart it. If none of these helps, the community has a speed test thread where helpers compare results by area.")
                        .hashtags("giffgaff", "speed").link("/help/slow-data").tags("speed", "how-to"),
                Story.of("switching-faq", "service/prospects", "qa").campaign("new-year-switch").on("x", "facebook").at(18)
                        .title("Switching from Sky or Virgin Media? Your questions answered")
                        .says("Switching to giffgaff? Keep your number, order a free SIM, text your PAC and you are done in one working day.")
                        .explains("Keeping your number when you switch is simple: order a free SIM, get your PAC code from your old network by texting PAC to 65075, and enter it when you activate. Your number moves over in one working day, and we will tell you when it has.")
                        .hashtags("giffgaff", "switch").link("/switch").tags("switching", "prospects"),
                Story.of("esim-setup", "service/prospects", "learn").on("x", "facebook").at(19)
                        .title("Setting up an eSIM in two minutes")
                        .says("eSIM in two minutes: order it, scan the QR code, done. No post, no waiting.")
                        .explains("An eSIM is a SIM you download. Order one from your account, scan the QR code with your phone, and you are connected in about two minutes. It works on most phones since 2019; the full list of compatible models is on our eSIM page.")
                        .hashtags("giffgaff", "eSIM").link("/esim").tags("esim", "how-to"));
    }

    private static List<Story> serviceInFrench() {
        return List.of(
                Story.of("fr-facture", "service/french-members", "learn").french().on("x-fr", "facebook-fr", "forum").at(12)
                        .title("Votre facture, ligne par ligne")
                        .says("Une ligne de votre facture vous intrigue ? On vous explique chaque montant, du goodybag aux options.")
                        .explains("Chaque mois, des membres nous demandent ce que signifie une ligne de leur facture. Nous avons expliqué les plus fréquentes : le goodybag, les dépenses hors forfait et les options choisies. Si quelque chose vous paraît anormal, écrivez-nous, nous regardons le jour même.")
                        .hashtags("giffgaff", "facture").link("/help/billing").tags("facturation"),
                Story.of("fr-itinerance", "service/french-members", "learn").french().campaign("roaming-easter").on("x-fr", "facebook-fr", "instagram-fr", "forum").at(13)
                        .title("En France pour Pâques : l'itinérance expliquée")
                        .says("Vous rentrez en France pour Pâques ? Votre goodybag fonctionne dans 36 destinations européennes, sans surcoût jusqu'à la limite d'usage.")
                        .explains("L'itinérance est incluse dans chaque goodybag dans 36 destinations européennes, dont la France, jusqu'à la limite d'usage raisonnable. Activez les données à l'étranger sur votre téléphone à l'arrivée, et consultez votre consommation dans l'application.")
                        .hashtags("giffgaff", "itinérance", "Pâques").link("/roaming").tags("itinérance", "voyage"),
                Story.of("fr-panne", "service/french-members", "service-update").french().on("x-fr", "facebook-fr", "forum").at(10)
                        .title("Panne de réseau : comment savoir si c'est chez vous")
                        .says("Plus de réseau ? Vérifiez d'abord l'état du réseau pour votre code postal : il est mis à jour toutes les 15 minutes.")
                        .explains("Quand le réseau connaît une panne dans votre secteur, notre outil d'état du réseau l'affiche en premier, avec l'heure de rétablissement prévue. Si rien n'est signalé, essayez les trois gestes simples indiqués avant de nous contacter.")
                        .hashtags("giffgaff", "panne").link("/network/status").tags("panne", "réseau"),
                Story.of("fr-resiliation", "service/french-members", "qa").french().on("x-fr", "facebook-fr", "forum").at(15)
                        .title("Résilier : sans frais et sans discours")
                        .says("Vous voulez partir ? Aucun frais de résiliation. Envoyez PAC au 65075 pour garder votre numéro, ou STAC au 75075.")
                        .explains("Vous pouvez quitter giffgaff quand vous voulez, sans frais. Envoyez PAC au 65075 pour obtenir un code et garder votre numéro, ou STAC au 75075 pour simplement résilier. Et si quelque chose vous a déçu, dites-le-nous.")
                        .hashtags("giffgaff").link("/help/leaving").tags("résiliation"));
    }

    private static List<Story> marketing() {
        return List.of(
                Story.of("new-year-goodybags", "marketing/prospects", "explore").campaign("new-year-switch").on("x", "facebook", "instagram", "tiktok", "youtube").at(17)
                        .title("New year, new goodybag")
                        .says("New year, same old contract? Try a goodybag: no contract, cancel any time, and the price you see is the price you pay.")
                        .explains("January is when people look at what they pay. A goodybag has no contract, no price rises mid-deal and no exit fee. Pick the data you need, change it every month, and keep your number when you switch from Sky, Virgin Media or anyone else.")
                        .hashtags("giffgaff", "goodybag", "NewYear", "SIMonly", "switch").link("/sim-only-deals").tags("goodybags", "switching"),
                Story.of("golden-goodybag", "marketing/prospects", "explore").campaign("new-year-switch").on("x", "facebook", "instagram", "tiktok", "youtube").at(18)
                        .title("The golden goodybag is back")
                        .says("The golden goodybag is back: a whole year of data at one price. Until 31 January only.")
                        .explains("Pay once, forget about it for twelve months. The golden goodybag gives you a year of data, calls and texts at one price, and it is back for January only. Members who bought one last year can renew it from their account.")
                        .hashtags("giffgaff", "goldengoodybag", "deal").link("/golden-goodybag").tags("goodybags", "offer"),
                Story.of("refurb-vs-new", "marketing/prospects", "learn").on("x", "facebook", "instagram", "tiktok", "youtube").at(16)
                        .title("Refurbished or new? We tested both")
                        .says("We put a refurbished iPhone next to a new one for a month. Can you tell which is which? Watch the test.")
                        .explains("Our refurbished phones go through 90 checks and come with an 18 month warranty. To show what that means, two of our team swapped a new iPhone for a refurbished one for a month. Spoiler: only the price told them apart.")
                        .hashtags("giffgaff", "refurbished", "iPhone", "sustainability").link("/phones/refurbished").tags("handsets", "refurbished"),
                Story.of("fans-esim-challenge", "marketing/fans", "explore").on("x", "instagram", "tiktok", "youtube").at(19)
                        .title("The two-minute eSIM challenge")
                        .says("Can you set up an eSIM faster than our community manager? Show us your time.")
                        .explains("Our community manager set up a giffgaff eSIM in one minute and forty seconds. Think you can beat that? Film yourself, post it with the hashtag, and the fastest three get a month of data on us.")
                        .hashtags("giffgaff", "eSIMchallenge", "eSIM").link("/esim").tags("esim", "challenge"),
                Story.of("coffee-perk-launch", "marketing/fans", "explore").campaign("coffee-perks").on("x", "instagram", "tiktok", "youtube").at(16)
                        .title("Coffee on us: the Starbucks perk is here")
                        .says("Members, your coffee is on us: a free drink at Starbucks UK every month, right in the giffgaff app.")
                        .explains("From today, every member with a goodybag gets a free handcrafted drink at participating Starbucks UK stores each month. Open the perks tab in the giffgaff app, show the code at the till, and enjoy.")
                        .hashtags("giffgaff", "Starbucks", "perks", "coffee").link("/perks/starbucks").tags("partnerships", "starbucks"));
    }

    private static List<Story> marketingInFrench() {
        return List.of(
                Story.of("fr-cafe-offert", "marketing/french-members", "explore").french().campaign("coffee-perks").on("x-fr", "facebook-fr", "instagram-fr").at(14)
                        .title("Un café offert chaque mois avec Starbucks")
                        .says("Membres giffgaff : un café offert chaque mois chez Starbucks au Royaume-Uni, directement dans l'appli.")
                        .explains("À partir d'aujourd'hui, chaque membre avec un goodybag reçoit une boisson offerte par mois dans les Starbucks participants au Royaume-Uni. Ouvrez l'onglet avantages de l'appli giffgaff et montrez le code en caisse.")
                        .hashtags("giffgaff", "Starbucks", "avantages").link("/perks/starbucks").tags("partenariat", "starbucks"),
                Story.of("fr-goodybag-etudiants", "marketing/french-members", "learn").french().on("x-fr", "facebook-fr", "instagram-fr").at(18)
                        .title("Étudiants français au Royaume-Uni : quel goodybag choisir ?")
                        .says("Étudiant en France et au Royaume-Uni ? Le bon goodybag dépend de vos données, pas de votre budget. Notre guide.")
                        .explains("Vous étudiez au Royaume-Uni et rentrez souvent en France ? Choisissez un goodybag selon vos données mobiles : l'itinérance en Europe est incluse, sans engagement, et vous changez de forfait chaque mois si besoin.")
                        .hashtags("giffgaff", "étudiants", "forfait").link("/sim-only-deals").tags("offres", "étudiants"));
    }

    private static List<Story> sales() {
        return List.of(
                Story.of("refurb-bundle", "sales/prospects", "explore").campaign("new-year-switch").on("facebook", "instagram", "x", "newsletter").at(12)
                        .title("Refurbished phone plus goodybag: the January bundle")
                        .says("A refurbished phone with a goodybag, from one monthly price and no contract. January only.")
                        .explains("Pair a refurbished phone with any goodybag and spread the cost over 24 months with no contract on the goodybag. Every phone is checked 90 times and has an 18 month warranty.")
                        .hashtags("giffgaff", "refurbished", "bundle").link("/phones").tags("handsets", "offer"),
                Story.of("galaxy-arrives", "sales/prospects", "explore").on("facebook", "instagram", "x", "newsletter").at(13)
                        .title("The new Galaxy is in the shop")
                        .says("The new Samsung Galaxy is here, with or without a goodybag. Free next-day delivery.")
                        .explains("The newest Samsung Galaxy is in the giffgaff shop, unlocked, with free next-day delivery. Add a goodybag if you like, or keep your current one: your choice, as always.")
                        .hashtags("giffgaff", "Galaxy", "Samsung").link("/phones/samsung").tags("handsets", "launch"),
                Story.of("loyal-upgrade", "sales/lovers", "explore").on("newsletter", "facebook").at(10)
                        .title("A thank-you upgrade for long-time members")
                        .says("Members for five years or more: a thank-you price on any refurbished phone this month.")
                        .explains("If you have been with us for five years or more, you will find a thank-you price on every refurbished phone in your account this month. No strings, no contract, just our way of saying thanks.")
                        .hashtags("giffgaff", "thankyou").link("/phones/refurbished").tags("handsets", "loyalty"),
                Story.of("perks-for-partners", "sales/partners", "learn").campaign("coffee-perks").on("linkedin", "newsletter").at(10)
                        .title("Why brands join the giffgaff perks programme")
                        .says("Four million members, one perks tab: why Starbucks joined the giffgaff perks programme.")
                        .explains("Our perks programme puts partner brands in front of engaged members where they already are: the giffgaff app. Starbucks UK is the first partner of 2027. Here is what the first weeks taught us, and how to join.")
                        .hashtags("giffgaff", "partnerships", "Starbucks").link("/business/perks").tags("partnerships"));
    }

    private static List<Story> product() {
        return List.of(
                Story.of("5g-rollout", "product/members", "learn").on("blog", "forum", "newsletter", "x").at(11)
                        .title("Where 5G is switching on this quarter")
                        .says("5G is switching on in 120 more towns this quarter. See if yours is on the list.")
                        .explains("This quarter our network partner switches on 5G in 120 more towns. We listed them all with the expected month, explained what changes on your phone, and answered the questions the community asked most about 5G and battery life.")
                        .hashtags("giffgaff", "5G").link("/network/5g").tags("network", "5g"),
                Story.of("speed-report", "product/members", "learn").on("blog", "forum", "newsletter", "x").at(14)
                        .title("Our quarterly speed report")
                        .says("How fast is giffgaff data, really? Our quarterly speed report, by region, warts and all.")
                        .explains("Every quarter we publish median download and upload speeds by region, measured by independent tests. This quarter London and Manchester improved; rural Wales did not, and we explain why and what is planned.")
                        .hashtags("giffgaff", "speed").link("/network/speed-report").tags("speed", "transparency"),
                Story.of("esim-feedback", "product/advocates", "qa").on("forum", "blog").at(15)
                        .title("Helpers: what should change in eSIM setup?")
                        .says("Helpers, you answered 3,000 eSIM questions last quarter. What should we change first?")
                        .explains("Community helpers answered more than 3,000 eSIM questions last quarter. We want your view on what confused members most, so that we fix the setup flow rather than the answers. Vote in the thread; the product team reads every reply.")
                        .hashtags("giffgaff", "eSIM").link("/community/esim-feedback").tags("esim", "feedback"));
    }

    private static List<Story> community() {
        return List.of(
                Story.of("payback-explained", "community/advocates", "learn").on("forum", "youtube", "newsletter").at(16)
                        .title("How payback works in 2027")
                        .says("Helpers earn payback for every good answer. Here is how the 2027 rules work.")
                        .explains("Payback rewards members who help other members. In 2027 points count for accepted answers, kudos and thread starters; they pay out in March and September as credit, cash or a charity donation. The video walks through a real example.")
                        .hashtags("giffgaff", "payback", "community").link("/community/payback").tags("community", "payback"),
                Story.of("helper-of-the-month", "community/lovers", "explore").on("forum", "instagram", "newsletter", "facebook").at(15)
                        .title("Helper of the month")
                        .says("Meet our helper of the month: 412 answers, 98 percent accepted, and always kind.")
                        .explains("This month we celebrate a member who answered 412 questions with 98 percent accepted, mostly about roaming and eSIM. We asked them why they do it, what they have learnt, and what they would tell a new member.")
                        .hashtags("giffgaff", "community", "thankyou").link("/community/helpers").tags("community", "recognition"),
                Story.of("fr-entraide", "community/french-members", "qa").french().on("forum", "facebook-fr").at(19)
                        .title("Entraide : le fil des questions en français")
                        .says("Une question sur votre ligne ? Le fil d'entraide en français vous répond, souvent en moins d'une heure.")
                        .explains("Le fil d'entraide en français réunit les membres francophones de la communauté. Posez votre question sur l'itinérance, l'eSIM ou votre facture : des membres expérimentés répondent, souvent en moins d'une heure.")
                        .hashtags("giffgaff", "entraide").link("/community/fr").tags("communauté"));
    }

    private static List<Story> careers() {
        return List.of(
                Story.of("graduates-open", "careers/candidates", "explore").campaign("spring-graduates").on("linkedin", "instagram", "tiktok", "blog").at(13)
                        .title("Spring graduate roles are open")
                        .says("Thirty graduate roles, in customer service and network engineering, starting in May.")
                        .explains("We are hiring thirty graduates to start in May, in member support and network engineering. No cover letter: tell us in three questions why you would make a good giffgaffer. Applications close on 12 March.")
                        .hashtags("giffgaffcareers", "graduatejobs", "hiring", "careers").link("/careers/graduates").tags("careers", "graduates"),
                Story.of("day-in-support", "careers/candidates", "learn").campaign("spring-graduates").on("linkedin", "instagram", "tiktok", "blog").at(14)
                        .title("A day in member support")
                        .says("What does a day in member support look like? Tom shows you, from first coffee to last ticket.")
                        .explains("Tom joined as a graduate two years ago and now leads social care. He filmed a whole day: the morning queue, a network incident, coaching a new starter and the ticket he is proudest of.")
                        .hashtags("giffgaffcareers", "dayinthelife", "customerservice").link("/careers/support").tags("careers", "employer-brand"));
    }

    private static List<Story> press() {
        return List.of(
                Story.of("results-q4", "press/press", "explore").on("linkedin", "x", "blog").at(9)
                        .title("giffgaff ends 2026 with record member satisfaction")
                        .says("giffgaff ends 2026 with record member satisfaction and the lowest complaint rate in UK mobile.")
                        .explains("giffgaff closed 2026 with its highest member satisfaction score and the lowest complaint rate among UK mobile networks, according to the regulator's latest figures. The press release has the numbers and a quote from our CEO.")
                        .hashtags("giffgaff").link("/press/2026-results").tags("announcements", "results"),
                Story.of("incident-statement", "press/press", "service-update").on("linkedin", "x", "blog").at(16)
                        .title("Statement on the network incident in the North West")
                        .says("Our statement on the network incident in the North West, what caused it and what members get back.")
                        .explains("On Tuesday some members in the North West lost data for up to four hours. This statement explains what happened, what we changed so it does not happen again, and the credit affected members receive automatically.")
                        .hashtags("giffgaff").link("/press/incident").tags("outage", "statement"),
                Story.of("starbucks-partnership", "press/partners", "explore").campaign("coffee-perks").on("linkedin", "blog").at(11)
                        .title("giffgaff and Starbucks UK partner on members' perks")
                        .says("giffgaff and Starbucks UK announce a members' perks partnership.")
                        .explains("giffgaff and Starbucks UK announce a partnership that gives every giffgaff member a free drink each month in participating stores. Both brands explain why a mobile network and a coffee house make sense together.")
                        .hashtags("giffgaff", "Starbucks", "partnership").link("/press/starbucks").tags("partnerships", "announcements"));
    }
}
