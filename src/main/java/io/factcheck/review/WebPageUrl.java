package io.factcheck.review;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute http(s) URL of a web page: what a ClaimReview {@code url} may point at. A pattern alone lets through
 * "http://" followed by anything, which search engines and JSON-LD processors then reject as no IRI at all.
 */
@Documented
@Constraint(validatedBy = WebPageUrl.Check.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface WebPageUrl {

    String message() default "must be an absolute http(s) URL with a host, e.g. https://news.example/fact-checks/42";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The most characters a URL may have (browsers and crawlers handle far more, but a fact-check page needs few). */
    int MAX_LENGTH = 2048;

    class Check implements ConstraintValidator<WebPageUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isWebPageUrl(value);
        }

        /** http or https, a host, no spaces or control characters, at most {@link #MAX_LENGTH} characters. */
        public static boolean isWebPageUrl(String value) {
            if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        && !uri.getHost().isEmpty();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
