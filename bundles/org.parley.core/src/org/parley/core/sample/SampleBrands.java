package org.parley.core.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Brand;
import org.parley.model.BrandKind;
import org.parley.model.ParleyFactory;
import org.parley.model.Product;

/**
 * The brands of the sample: giffgaff speaks, Sky and Virgin Media are the competitors it listens to,
 * and Starbucks is a partner. All three telecom brands are led by customer service, which is why
 * their conversations carry more negative volume than marketing-led ones.
 */
final class SampleBrands {

    private final Map<String, Brand> brands = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();

    SampleBrands() {
        Brand giffgaff = brand("giffgaff", "giffgaff", BrandKind.OWN,
                "The mobile network run by its members: SIM-only goodybags, refurbished phones and a community that answers questions.",
                List.of("giff gaff", "GiffGaff", "giffgaff mobile"), List.of("@giffgaff"));
        product(giffgaff, "goodybags", "goodybags", "goodybag", "goody bag", "golden goodybag");
        product(giffgaff, "refurbished", "Refurbished phones", "giffgaff refurbished", "refurb phone");
        product(giffgaff, "esim", "giffgaff eSIM", "esim", "e-sim");

        Brand sky = brand("sky", "Sky", BrandKind.COMPETITOR,
                "TV, broadband and mobile; its help team carries much of its public conversation.",
                List.of("Sky UK", "Sky TV", "Sky Help"), List.of("@SkyUK", "@SkyHelpTeam"));
        product(sky, "sky-broadband", "Sky Broadband", "Sky Broadband Superfast", "Sky Fibre");
        product(sky, "sky-glass", "Sky Glass", "Sky Glass TV");
        product(sky, "sky-mobile", "Sky Mobile", "Sky Mobile SIM");

        Brand virgin = brand("virgin-media", "Virgin Media", BrandKind.COMPETITOR,
                "Cable broadband and TV, part of Virgin Media O2; service outages drive its social volume.",
                List.of("Virgin Media O2", "VMO2", "Virgin broadband"), List.of("@virginmedia", "@virginmediahelp"));
        product(virgin, "m125", "Virgin Media M125 broadband", "M125", "M125 Fibre Broadband");
        product(virgin, "tv360", "Virgin TV 360", "TV 360", "TV360");

        // A partner rather than a sponsorship: in this (fictional) plan giffgaff members get perks in
        // Starbucks UK stores and both brands co-market them. Starbucks is also the benchmark of a
        // brand that runs many teams in conversation at once.
        Brand starbucks = brand("starbucks", "Starbucks", BrandKind.PARTNER,
                "Coffee house chain; partner of the members' perks programme.",
                List.of("Starbucks UK", "Starbucks Coffee", "Starbs"), List.of("@StarbucksUK", "@Starbucks"));
        product(starbucks, "starbucks-rewards", "Starbucks Rewards", "Starbucks app rewards", "stars");
    }

    Brand get(String key) {
        return required(brands, key);
    }

    Product product(String key) {
        return required(products, key);
    }

    List<Brand> all() {
        return List.copyOf(brands.values());
    }

    private Brand brand(String key, String name, BrandKind kind, String description, List<String> aliases,
            List<String> handles) {
        Brand brand = SampleIds.identify(ParleyFactory.eINSTANCE.createBrand(), "brand/" + key);
        brand.setName(name);
        brand.setKind(kind);
        brand.setDescription(description);
        brand.getAliases().addAll(aliases);
        brand.getHandles().addAll(handles);
        brands.put(key, brand);
        return brand;
    }

    private void product(Brand brand, String key, String name, String... aliases) {
        Product product = SampleIds.identify(ParleyFactory.eINSTANCE.createProduct(), "product/" + key);
        product.setName(name);
        product.getAliases().addAll(List.of(aliases));
        brand.getProducts().add(product);
        products.put(key, product);
    }

    static <T> T required(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No sample object with key " + key);
        }
        return value;
    }
}
