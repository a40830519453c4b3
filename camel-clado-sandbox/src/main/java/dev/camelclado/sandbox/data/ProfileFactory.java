package dev.camelclado.sandbox.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Deterministic fake people: the same query (or LinkedIn URL) and index always give the same profile, so tests
 * can assert on names and examples print stable output. Profiles carry the modern Clado field set; every third
 * one writes {@code is_working}/{@code is_decision_maker} as 0/1 numbers, as the real API sometimes does, so
 * clients must parse both forms.
 */
public final class ProfileFactory {

    private static final List<String> FIRST_NAMES = List.of("Alex", "Sarah", "Priya", "Jonas", "Mei", "Carlos", "Amara",
            "Lukas", "Sofia", "Kenji", "Fatima", "Noah", "Elena", "Omar", "Hannah", "Diego", "Ingrid", "Tariq", "Chloe",
            "Mateo");
    private static final List<String> LAST_NAMES = List.of("Johnson", "Wilson", "Patel", "Becker", "Chen", "Garcia",
            "Okafor", "Schmidt", "Rossi", "Tanaka", "Haddad", "Brown", "Petrova", "Farouk", "Meyer", "Alvarez", "Larsen",
            "Rahman", "Dubois", "Silva");
    private static final List<String> TITLES = List.of("Software Engineer", "Senior Software Engineer",
            "Staff Engineer", "Engineering Manager", "Data Scientist", "Product Manager", "Head of Engineering",
            "VP Engineering", "Solutions Architect", "CTO");
    private static final List<String> COMPANIES = List.of("TechCorp Inc", "InnovateTech", "Northwind Labs",
            "Blue Harbor Systems", "Acme Analytics", "Quantum Fields", "Redwood Data", "Lumen Robotics");
    private static final List<String> CITIES = List.of("San Francisco, California, United States",
            "New York, New York, United States", "Berlin, Berlin, Germany", "London, England, United Kingdom",
            "Amsterdam, North Holland, Netherlands", "Toronto, Ontario, Canada", "Singapore, Singapore");
    private static final List<String> SCHOOLS = List.of("Stanford University", "MIT", "ETH Zurich",
            "University of Toronto", "TU Munich", "Imperial College London");
    private static final List<String> SKILLS = List.of("Java", "Apache Camel", "Kubernetes", "Python",
            "Machine Learning", "Distributed Systems", "Kafka", "SQL", "Go", "Leadership");

    private ProfileFactory() {
    }

    /** A stable 64-bit seed for any text. */
    public static long seed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = (seed << 8) | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }

    /** The {@code index}-th person matching {@code query}, as a search/deep-research result item. */
    public static ObjectNode result(String query, int index, List<String> companies, List<String> schools) {
        SplittableRandom random = new SplittableRandom(seed(query.toLowerCase(Locale.ROOT)) ^ (index * 0x9E3779B97F4A7C15L));
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        long id = 1_000_000L + Math.floorMod(seed(query.toLowerCase(Locale.ROOT) + "#" + index), 900_000_000L);
        String slug = (first + "-" + last).toLowerCase(Locale.ROOT) + "-" + Long.toHexString(id);
        return build(random, index, id, first, last, "https://www.linkedin.com/in/" + slug,
                companies.isEmpty() ? null : companies.get(index % companies.size()),
                schools.isEmpty() ? null : schools.get(index % schools.size()));
    }

    /** The person behind a LinkedIn URL (profile get / scrape / contacts). */
    public static ObjectNode forLinkedinUrl(String linkedinUrl) {
        long seed = seed(linkedinUrl);
        SplittableRandom random = new SplittableRandom(seed);
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        long id = 1_000_000L + Math.floorMod(seed, 900_000_000L);
        return build(random, (int) Math.floorMod(seed, 3L), id, first, last, linkedinUrl, null, null);
    }

    private static ObjectNode build(SplittableRandom random, int index, long id, String first, String last,
            String linkedinUrl, String preferredCompany, String preferredSchool) {
        String title = pick(random, TITLES);
        String company = preferredCompany != null ? preferredCompany : pick(random, COMPANIES);
        String city = pick(random, CITIES);
        String school = preferredSchool != null ? preferredSchool : pick(random, SCHOOLS);
        boolean working = random.nextInt(10) > 0;
        boolean decisionMaker = title.contains("Head") || title.startsWith("VP") || title.equals("CTO")
                || title.contains("Manager");
        int months = 12 + random.nextInt(240);

        ObjectNode result = Json.object();
        ObjectNode profile = result.putObject("profile");
        profile.put("id", Long.toString(id));
        profile.put("name", first + " " + last);
        profile.put("full_name", first + " " + last);
        profile.put("first_name", first);
        profile.put("last_name", last);
        profile.put("headline", title + " at " + company);
        profile.put("description", title + " with " + (months / 12) + " years of experience.");
        profile.put("location", city);
        profile.put("location_country", city.substring(city.lastIndexOf(", ") + 2));
        profile.put("location_city", city.substring(0, city.indexOf(',')));
        profile.putArray("location_regions").add("Sandbox");
        profile.put("linkedin_url", linkedinUrl);
        profile.put("picture_permalink", "https://static.example.invalid/picture/" + id + ".png");
        profile.put("connections_count", 50 + random.nextInt(2000));
        profile.put("followers_count", 50 + random.nextInt(20000));
        if (index % 3 == 0) {
            profile.put("is_working", working ? 1 : 0);
            profile.put("is_decision_maker", decisionMaker ? 1 : 0);
        } else {
            profile.put("is_working", working);
            profile.put("is_decision_maker", decisionMaker);
        }
        profile.put("total_experience_duration_months", months);
        profile.put("projected_total_salary", 80_000 + random.nextInt(220) * 1000);
        profile.put("post_count", random.nextInt(200));
        ArrayNode skills = profile.putArray("skills");
        for (int i = 0; i < 3; i++) {
            skills.add(SKILLS.get((int) Math.floorMod(id + i * 3L, (long) SKILLS.size())));
        }

        ArrayNode experience = result.putArray("experience");
        ObjectNode current = experience.addObject();
        current.put("title", title);
        current.put("company_name", company);
        current.put("start_date", (2026 - months / 24) + "-01-01T00:00:00");
        current.put("end_date", "1970-01-01T00:00:00");
        current.put("is_current", true);
        current.put("location", city);
        ObjectNode previous = experience.addObject();
        previous.put("title", pick(random, TITLES));
        previous.put("company_name", pick(random, COMPANIES));
        previous.put("start_date", (2026 - months / 12) + "-01-01T00:00:00");
        previous.put("end_date", (2026 - months / 24) + "-01-01T00:00:00");
        previous.put("is_current", false);

        ObjectNode education = result.putArray("education").addObject();
        education.put("degree", random.nextBoolean() ? "Master of Science" : "Bachelor of Science");
        education.put("field_of_study", "Computer Science");
        education.put("school_name", school);
        return result;
    }

    /** The pre-November-2025 "legacy" shape, answered when a client does not send {@code legacy=false}. */
    public static ObjectNode toLegacy(ObjectNode modern) {
        ObjectNode profile = (ObjectNode) modern.get("profile");
        ObjectNode legacy = Json.object();
        ObjectNode legacyProfile = legacy.putObject("profile");
        legacyProfile.put("id", profile.path("id").asText());
        legacyProfile.put("name", profile.path("name").asText());
        legacyProfile.put("headline", profile.path("headline").asText());
        legacyProfile.put("summary", profile.path("description").asText());
        legacyProfile.put("location", profile.path("location").asText());
        legacyProfile.put("title", modern.path("experience").path(0).path("title").asText());
        legacyProfile.put("linkedin_profile_url", profile.path("linkedin_url").asText());
        legacyProfile.put("num_of_connections", profile.path("connections_count").asInt());
        ArrayNode experience = legacy.putArray("experience");
        modern.path("experience").forEach(e -> {
            ObjectNode item = experience.addObject();
            item.put("employee_title", e.path("title").asText());
            item.put("employer_name", e.path("company_name").asText());
        });
        ArrayNode education = legacy.putArray("education");
        modern.path("education").forEach(e -> {
            ObjectNode item = education.addObject();
            item.put("institute_name", e.path("school_name").asText());
            item.put("degree_name", e.path("degree").asText());
        });
        return legacy;
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
