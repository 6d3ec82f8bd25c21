package io.factcheck.factcheck;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.common.problem.Problem;
import io.factcheck.common.problem.UnprocessableException;

/**
 * Reads an import body into fact-checks: ClaimReview JSON-LD (one object, a list, or a {@code @graph}), a schema.org
 * {@code DataFeed} of them, or Google's {@code claims:search} answer. Every item is validated before any is kept, and
 * all problems are reported together: an import is taken whole or refused whole. Within one import a URL that comes
 * twice is kept once (the last).
 */
final class FactCheckImportReader {

    static final int MAX_ITEMS = 1000;
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final Map<String, ImportedFactCheck> byUrl = new LinkedHashMap<>();

    private FactCheckImportReader() {
    }

    static List<ImportedFactCheck> read(JsonNode body) {
        FactCheckImportReader reader = new FactCheckImportReader();
        reader.readBody(body);
        if (!reader.errors.isEmpty()) {
            throw new UnprocessableException("The import was refused whole: " + reader.errors.size()
                    + (reader.errors.size() == 1 ? " problem" : " problems") + " (see errors); nothing was stored",
                    reader.errors.size() > 100 ? reader.errors.subList(0, 100) : reader.errors);
        }
        return List.copyOf(reader.byUrl.values());
    }

    private void readBody(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            error("", "is empty: send ClaimReview JSON-LD, a DataFeed or a claims:search answer");
            return;
        }
        if (body.isArray()) {
            readClaimReviews(body, "", FactCheckFormat.CLAIM_REVIEW, false);
        } else if (!body.isObject()) {
            error("", "must be a JSON object or array");
        } else if (body.has("@graph")) {
            readClaimReviews(body.get("@graph"), "@graph", FactCheckFormat.CLAIM_REVIEW, true);
        } else if (hasType(body, "DataFeed")) {
            readDataFeed(body);
        } else if (hasType(body, "ClaimReview")) {
            readClaimReview(body, "", FactCheckFormat.CLAIM_REVIEW);
        } else if (body.has("claims")) {
            readGoogleClaims(body.get("claims"));
        } else {
            error("", "is neither ClaimReview JSON-LD (@type ClaimReview, a list of them or a @graph), a DataFeed "
                    + "(@type DataFeed) nor a claims:search answer (claims)");
        }
        if (errors.isEmpty() && byUrl.isEmpty()) {
            error("", "holds no fact-check");
        }
        if (byUrl.size() > MAX_ITEMS) {
            error("", "holds " + byUrl.size() + " fact-checks; at most " + MAX_ITEMS + " are accepted at once");
        }
    }

    /** A list of ClaimReviews; in a @graph other nodes (an Organization the reviews refer to) are left alone. */
    private void readClaimReviews(JsonNode list, String path, FactCheckFormat format, boolean graph) {
        if (list == null || !list.isArray()) {
            error(path, "must be an array");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = path + "[" + i + "]";
            if (graph && item.isObject() && !hasType(item, "ClaimReview")) {
                continue;
            }
            readClaimReview(item, at, format);
        }
    }

    private void readDataFeed(JsonNode feed) {
        JsonNode elements = feed.get("dataFeedElement");
        if (elements == null || !elements.isArray()) {
            error("dataFeedElement", "must be an array of DataFeedItems or ClaimReviews");
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String at = "dataFeedElement[" + i + "]";
            if (element.isObject() && hasType(element, "ClaimReview")) {
                readClaimReview(element, at, FactCheckFormat.DATA_FEED);
                continue;
            }
            JsonNode item = element.get("item");
            if (item == null) {
                error(at, "must be a DataFeedItem with an item, or a ClaimReview");
            } else if (item.isArray()) {
                for (int j = 0; j < item.size(); j++) {
                    readClaimReview(item.get(j), at + ".item[" + j + "]", FactCheckFormat.DATA_FEED);
                }
            } else {
                readClaimReview(item, at + ".item", FactCheckFormat.DATA_FEED);
            }
        }
    }

    private void readClaimReview(JsonNode review, String at, FactCheckFormat format) {
        if (review == null || !review.isObject()) {
            error(at, "must be a ClaimReview object");
            return;
        }
        String prefix = at.isEmpty() ? "" : at + ".";
        if (!hasType(review, "ClaimReview")) {
            error(prefix + "@type", "must be ClaimReview");
            return;
        }
        int before = errors.size();
        String url = url(review.get("url"), prefix + "url");
        String claim = requiredText(review.get("claimReviewed"), prefix + "claimReviewed");
        JsonNode author = review.get("author");
        String publisher = name(author, prefix + "author");
        String site = author != null && author.isObject() ? text(author.get("url")) : null;
        JsonNode item = review.get("itemReviewed");
        String claimant = null;
        LocalDate claimDate = null;
        if (item != null && item.isObject()) {
            claimant = name(item.get("author"), prefix + "itemReviewed.author");
            claimDate = date(item.get("datePublished"), prefix + "itemReviewed.datePublished");
        } else if (item != null && !item.isNull()) {
            error(prefix + "itemReviewed", "must be an object (a schema.org Claim)");
        }
        LocalDate reviewDate = date(review.get("datePublished"), prefix + "datePublished");
        String ratingText = null;
        Double rating = null;
        JsonNode reviewRating = review.get("reviewRating");
        if (reviewRating != null && reviewRating.isObject()) {
            ratingText = text(reviewRating.get("alternateName"));
            rating = numericRating(reviewRating, prefix + "reviewRating");
            if (ratingText == null && reviewRating.hasNonNull("ratingValue")) {
                ratingText = reviewRating.get("ratingValue").asText();
            }
            if (rating == null) {
                rating = RatingScale.textual(ratingText);
            }
        } else if (reviewRating != null && !reviewRating.isNull()) {
            error(prefix + "reviewRating", "must be an object (a schema.org Rating)");
        }
        String headline = text(review.has("headline") ? review.get("headline") : review.get("name"));
        String language = text(review.get("inLanguage"));
        if (errors.size() == before) {
            keep(new ImportedFactCheck(url, publisher, site, headline, claim, claimant, claimDate, reviewDate,
                    ratingText, rating, language, format));
        }
    }

    /** claims:search: {"claims": [{"text", "claimant", "claimDate", "claimReview": [{publisher, url, …}]}]}. */
    private void readGoogleClaims(JsonNode claims) {
        if (claims == null || !claims.isArray()) {
            error("claims", "must be an array");
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = claims.get(i);
            String at = "claims[" + i + "]";
            if (!claim.isObject()) {
                error(at, "must be an object");
                continue;
            }
            int before = errors.size();
            String text = requiredText(claim.get("text"), at + ".text");
            String claimant = text(claim.get("claimant"));
            LocalDate claimDate = date(claim.get("claimDate"), at + ".claimDate");
            JsonNode reviews = claim.get("claimReview");
            if (reviews == null || !reviews.isArray() || reviews.isEmpty()) {
                error(at + ".claimReview", "must be a non-empty array");
                continue;
            }
            for (int j = 0; j < reviews.size(); j++) {
                JsonNode review = reviews.get(j);
                String rat = at + ".claimReview[" + j + "]";
                if (!review.isObject()) {
                    error(rat, "must be an object");
                    continue;
                }
                String url = url(review.get("url"), rat + ".url");
                JsonNode publisher = review.get("publisher");
                String name = publisher != null && publisher.isObject() ? text(publisher.get("name")) : null;
                String site = publisher != null && publisher.isObject() ? text(publisher.get("site")) : null;
                if (publisher != null && !publisher.isNull() && !publisher.isObject()) {
                    error(rat + ".publisher", "must be an object with name and site");
                }
                LocalDate reviewDate = date(review.get("reviewDate"), rat + ".reviewDate");
                String rating = text(review.get("textualRating"));
                if (errors.size() == before) {
                    keep(new ImportedFactCheck(url, name, site, text(review.get("title")), text, claimant, claimDate,
                            reviewDate, rating, RatingScale.textual(rating), text(review.get("languageCode")),
                            FactCheckFormat.GOOGLE_CLAIM_SEARCH));
                }
            }
        }
    }

    private void keep(ImportedFactCheck factCheck) {
        byUrl.remove(factCheck.url()); // the last copy wins, in its own place
        byUrl.put(factCheck.url(), factCheck);
    }

    private Double numericRating(JsonNode rating, String at) {
        JsonNode value = rating.get("ratingValue");
        if (value == null || value.isNull()) {
            return null;
        }
        Double v = number(value);
        if (v == null) {
            // A textual ratingValue ("False") is a rating word, not a number.
            if (value.isTextual()) {
                return null;
            }
            error(at + ".ratingValue", "must be a number");
            return null;
        }
        Double best = rating.has("bestRating") ? number(rating.get("bestRating")) : Double.valueOf(5);
        Double worst = rating.has("worstRating") ? number(rating.get("worstRating")) : Double.valueOf(1);
        if (best == null || worst == null) {
            error(at, "bestRating and worstRating must be numbers");
            return null;
        }
        try {
            return RatingScale.numeric(v, best, worst);
        } catch (IllegalArgumentException e) {
            error(at + ".ratingValue", e.getMessage());
            return null;
        }
    }

    private static Double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                return Double.valueOf(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private String url(JsonNode node, String at) {
        String url = text(node);
        if (url == null) {
            error(at, "is required");
            return null;
        }
        if (url.length() > 2048 || !HTTP_URL.matcher(url).matches()) {
            error(at, "must be an http(s) URL");
            return null;
        }
        try {
            URI.create(url);
        } catch (IllegalArgumentException e) {
            error(at, "must be an http(s) URL");
            return null;
        }
        return url;
    }

    private String requiredText(JsonNode node, String at) {
        String text = text(node);
        if (text == null) {
            error(at, "is required");
        } else if (text.length() > 10_000) {
            error(at, "is longer than 10000 characters");
            return null;
        }
        return text;
    }

    /** A Person/Organization object's name, or a plain string. */
    private String name(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return text(node);
        }
        if (node.isObject()) {
            return text(node.get("name"));
        }
        if (node.isArray() && !node.isEmpty()) {
            return name(node.get(0), at + "[0]");
        }
        error(at, "must be a Person or Organization (an object with a name)");
        return null;
    }

    /** An ISO date, or the date part of an ISO date-time; absent is fine, anything else is an error. */
    private LocalDate date(JsonNode node, String at) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        if (text.length() >= 10 && ISO_DATE.matcher(text.substring(0, 10)).matches()
                && (text.length() == 10 || text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(at, "must be an ISO date (YYYY-MM-DD) or date-time");
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || !(node.isTextual() || node.isNumber())) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (isType(each.asText(), type)) {
                    return true;
                }
            }
            return false;
        }
        return isType(t.asText(), type);
    }

    private static boolean isType(String value, String type) {
        return value.equals(type) || value.equals("schema:" + type) || value.equals("http://schema.org/" + type)
                || value.equals("https://schema.org/" + type);
    }

    private void error(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }
}
