package dev.camelclado.sandbox.api;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.data.ProfileFactory;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.RateLimiter;

/** Contacts, live scrape, database profile and post reactions. */
public final class EnrichmentApi {

    static final int EMAIL_CREDITS = 4;
    static final int PHONE_CREDITS = 10;
    static final int SCRAPE_CREDITS = 2;
    static final int PROFILE_CREDITS = 1;
    static final int REACTIONS_CREDITS = 1;
    static final int REACTIONS_PAGE_SIZE = 10;
    private static final List<String> REACTION_TYPES = List.of("like", "love", "celebrate", "support", "insightful",
            "funny");

    private final SandboxState state;

    public EnrichmentApi(SandboxState state) {
        this.state = state;
    }

    public SandboxResponse contacts(SandboxRequest request) {
        Account account = state.authenticate(request);
        RateLimiter.Admission admission = state.admit(account, "contacts");
        String linkedinUrl = blankToNull(request.queryParam("linkedin_url"));
        String email = blankToNull(request.queryParam("email"));
        String phone = blankToNull(request.queryParam("phone"));
        int given = (linkedinUrl != null ? 1 : 0) + (email != null ? 1 : 0) + (phone != null ? 1 : 0);
        if (given != 1) {
            throw ApiError.detail(400, "Provide exactly one of linkedin_url, email or phone");
        }
        Boolean emailFlag = Params.optionalBoolean(request.queryParam("email_enrichment"), "query", "email_enrichment");
        Boolean phoneFlag = Params.optionalBoolean(request.queryParam("phone_enrichment"), "query", "phone_enrichment");
        boolean neither = emailFlag == null && phoneFlag == null;
        boolean wantEmail = neither || Boolean.TRUE.equals(emailFlag);
        boolean wantPhone = neither || Boolean.TRUE.equals(phoneFlag);

        String key = linkedinUrl != null ? linkedinUrl : email != null ? email : phone;
        ObjectNode record = contactRecord(key, linkedinUrl, wantEmail, wantPhone);
        int credits = 0;
        for (JsonNode contact : record.path("contacts")) {
            credits += "email".equals(contact.path("type").asText()) ? EMAIL_CREDITS : PHONE_CREDITS;
        }
        account.charge(credits);
        ObjectNode answer = Json.object();
        answer.putArray("data").add(record);
        return SandboxState.withRateLimit(SandboxResponse.ok(answer), admission);
    }

    /** One {@code data[]} record as Clado returns it; also used by bulk contacts. */
    static ObjectNode contactRecord(String key, String linkedinUrl, boolean wantEmail, boolean wantPhone) {
        ObjectNode record = Json.object();
        if (key.toLowerCase(Locale.ROOT).contains("not-found")) {
            record.put("error", true);
            record.putArray("contacts");
            record.putArray("social");
            return record;
        }
        ObjectNode person = ProfileFactory.forLinkedinUrl(linkedinUrl != null ? linkedinUrl
                : "https://www.linkedin.com/in/" + Long.toHexString(ProfileFactory.seed(key)));
        JsonNode profile = person.get("profile");
        String first = profile.path("first_name").asText().toLowerCase(Locale.ROOT);
        String last = profile.path("last_name").asText().toLowerCase(Locale.ROOT);
        String company = person.path("experience").path(0).path("company_name").asText()
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        SplittableRandom random = new SplittableRandom(ProfileFactory.seed(key));
        record.put("error", false);
        ArrayNode contacts = record.putArray("contacts");
        if (wantEmail) {
            ObjectNode work = contacts.addObject();
            work.put("type", "email");
            work.put("value", first + "." + last + "@" + company + ".example");
            work.put("rating", 80 + random.nextInt(21));
            work.put("subType", "work");
        }
        if (wantPhone) {
            ObjectNode mobile = contacts.addObject();
            mobile.put("type", "phone");
            mobile.put("value", String.format(Locale.ROOT, "+1-555-%03d-%04d", random.nextInt(1000), random.nextInt(10000)));
            mobile.put("rating", 60 + random.nextInt(41));
            mobile.put("subType", "mobile");
        }
        ObjectNode social = record.putArray("social").addObject();
        social.put("link", profile.path("linkedin_url").asText());
        social.put("type", "li");
        social.put("rating", 100);
        return record;
    }

    public SandboxResponse scrape(SandboxRequest request) {
        Account account = state.authenticate(request);
        RateLimiter.Admission admission = state.admit(account, "scrape");
        String url = linkedinUrl(request);
        account.charge(SCRAPE_CREDITS);
        ObjectNode person = ProfileFactory.forLinkedinUrl(url);
        JsonNode profile = person.get("profile");

        ObjectNode answer = Json.object();
        ObjectNode outer = answer.putObject("data");
        ObjectNode data = outer.putObject("data");
        data.put("id", profile.path("id").asText());
        data.put("firstName", profile.path("first_name").asText());
        data.put("lastName", profile.path("last_name").asText());
        data.put("headline", profile.path("headline").asText());
        data.put("summary", profile.path("description").asText());
        ObjectNode geo = data.putObject("geo");
        geo.put("full", profile.path("location").asText());
        geo.put("city", profile.path("location_city").asText());
        geo.put("country", profile.path("location_country").asText());
        data.put("profilePicture", profile.path("picture_permalink").asText());
        data.put("isPremium", false);
        data.put("isCreator", false);
        ArrayNode positions = data.putArray("fullPositions");
        for (JsonNode e : person.path("experience")) {
            ObjectNode position = positions.addObject();
            position.put("title", e.path("title").asText());
            position.put("companyName", e.path("company_name").asText());
            position.put("isCurrent", e.path("is_current").asBoolean());
        }
        ArrayNode educations = data.putArray("educations");
        for (JsonNode e : person.path("education")) {
            ObjectNode education = educations.addObject();
            education.put("schoolName", e.path("school_name").asText());
            education.put("degree", e.path("degree").asText());
            education.put("fieldOfStudy", e.path("field_of_study").asText());
        }
        data.set("skills", profile.path("skills").deepCopy());
        data.put("linkedinUrl", url);
        data.put("publicIdentifier", url.replaceAll(".*/in/([^/?#]+).*", "$1"));
        ArrayNode posts = outer.putArray("posts");
        for (int i = 0; i < 2; i++) {
            ObjectNode post = posts.addObject();
            post.put("text", "Sandbox post " + (i + 1) + " by " + profile.path("name").asText());
            post.put("postUrl", "https://www.linkedin.com/posts/" + profile.path("id").asText() + "-" + i);
            post.put("totalReactionCount", 10 * (i + 1));
            post.put("commentsCount", i);
            post.put("postedAt", "2026-0" + (i + 1) + "-15T10:00:00Z");
        }
        outer.put("connection", profile.path("connections_count").asInt());
        outer.put("follower", profile.path("followers_count").asInt());
        return SandboxState.withRateLimit(SandboxResponse.ok(answer), admission);
    }

    public SandboxResponse linkedinProfile(SandboxRequest request) {
        Account account = state.authenticate(request);
        RateLimiter.Admission admission = state.admit(account, "linkedin");
        String url = linkedinUrl(request);
        account.charge(PROFILE_CREDITS);
        ObjectNode person = ProfileFactory.forLinkedinUrl(url);
        boolean legacy = !"false".equalsIgnoreCase(request.queryParam("legacy"));
        return SandboxState.withRateLimit(SandboxResponse.ok(legacy ? ProfileFactory.toLegacy(person) : person),
                admission);
    }

    public SandboxResponse postReactions(SandboxRequest request) {
        Account account = state.authenticate(request);
        RateLimiter.Admission admission = state.admit(account, "post-reactions");
        String url = request.queryParam("url");
        if (url == null || url.isBlank()) {
            throw ApiError.missingField("query", "url");
        }
        if (!url.contains("linkedin.com/")) {
            throw ApiError.detail(400, "url must be a LinkedIn post URL");
        }
        Integer pageParam = Params.optionalInt(request.queryParam("page"), "query", "page");
        int page = pageParam == null ? 1 : pageParam;
        if (page < 1) {
            throw ApiError.detail(400, "page must be 1 or more");
        }
        String reactionType = blankToNull(request.queryParam("reaction_type"));
        account.charge(REACTIONS_CREDITS);

        SplittableRandom random = new SplittableRandom(ProfileFactory.seed(url));
        ObjectNode breakdown = Json.object();
        int total = 0;
        for (String type : REACTION_TYPES) {
            int count = type.equals("like") ? 20 + random.nextInt(30) : random.nextInt(8);
            breakdown.put(type, count);
            total += count;
        }
        int matching = reactionType == null ? total : breakdown.path(reactionType.toLowerCase(Locale.ROOT)).asInt(0);
        int totalPages = Math.max(1, (matching + REACTIONS_PAGE_SIZE - 1) / REACTIONS_PAGE_SIZE);
        ObjectNode answer = Json.object();
        ObjectNode data = answer.putObject("data");
        data.put("post_url", url);
        data.put("total_reactions", total);
        data.set("reaction_breakdown", breakdown);
        ArrayNode reactions = data.putArray("reactions");
        int from = (page - 1) * REACTIONS_PAGE_SIZE;
        for (int i = from; i < Math.min(matching, from + REACTIONS_PAGE_SIZE); i++) {
            ObjectNode person = ProfileFactory.result(url, i, List.of(), List.of());
            ObjectNode reaction = reactions.addObject();
            ObjectNode who = reaction.putObject("profile");
            who.put("name", person.path("profile").path("name").asText());
            who.put("headline", person.path("profile").path("headline").asText());
            who.put("linkedin_url", person.path("profile").path("linkedin_url").asText());
            reaction.put("reaction_type", reactionType != null ? reactionType.toLowerCase(Locale.ROOT)
                    : REACTION_TYPES.get(i % 3 == 0 ? 1 : 0));
            reaction.put("timestamp", "2026-01-15T10:" + String.format(Locale.ROOT, "%02d", i % 60) + ":00Z");
        }
        ObjectNode pagination = data.putObject("pagination");
        pagination.put("current_page", page);
        pagination.put("total_pages", totalPages);
        pagination.put("has_next", page < totalPages);
        return SandboxState.withRateLimit(SandboxResponse.ok(answer), admission);
    }

    private static String linkedinUrl(SandboxRequest request) {
        String url = request.queryParam("linkedin_url");
        if (url == null || url.isBlank()) {
            throw ApiError.detail(400, "Missing linkedin_url");
        }
        if (!Params.isLinkedinProfileUrl(url)) {
            throw ApiError.detail(400, "Invalid LinkedIn URL: expected https://www.linkedin.com/in/<handle>");
        }
        return url;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
