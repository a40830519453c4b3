package dev.camelclado.component.service;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Message;

import dev.camelclado.component.CladoApiException;
import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.CladoJobConflictException;
import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.CladoResponseException;
import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.CancelResult;
import dev.camelclado.component.model.CladoModels;
import dev.camelclado.component.model.ContactsResponse;
import dev.camelclado.component.model.Credits;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.JobAnswer;
import dev.camelclado.component.model.PostReactions;
import dev.camelclado.component.model.PostReactionsResponse;
import dev.camelclado.component.model.SearchResponse;

/**
 * Turns an HTTP answer into the message: the operation's model as the body and the facts of the answer as headers,
 * or a typed {@link CladoApiException}.
 */
public final class ResponseMapper {

    private static final int DEFAULT_SEARCH_LIMIT = 30;
    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int MAX_MESSAGE = 300;

    private final boolean failOnCancelConflict;

    public ResponseMapper(boolean failOnCancelConflict) {
        this.failOnCancelConflict = failOnCancelConflict;
    }

    /** Headers that describe one answer: removed before each call, so none is left from an earlier one. */
    public static final String[] RESPONSE_HEADERS = { CladoConstants.OPERATION_EXECUTED, CladoConstants.HTTP_STATUS,
        CladoConstants.JOB_STATUS, CladoConstants.JOB_TERMINAL, CladoConstants.RESULT_COUNT, CladoConstants.TOTAL_RESULTS,
        CladoConstants.NEXT_OFFSET, CladoConstants.NEXT_PAGE, CladoConstants.CANCELLED, CladoConstants.CREDITS,
        CladoConstants.RATE_LIMIT_LIMIT, CladoConstants.RATE_LIMIT_REMAINING, CladoConstants.RATE_LIMIT_RESET,
        CladoConstants.PRICE, CladoConstants.PRICE_ACCEPTABLE, CladoConstants.PAID_AMOUNT, CladoConstants.PAYMENT_CURRENCY,
        CladoConstants.PAYMENT_RECIPIENT, CladoConstants.PAYMENT_REFERENCE, CladoConstants.PAYMENT_TRANSACTION,
        CladoConstants.PAYMENT_CHALLENGE_ID, CladoConstants.PAYMENT_STATUS, CladoConstants.PAYMENT_RECORD_ID };

    public static void clearResponseHeaders(Message message) {
        for (String header : RESPONSE_HEADERS) {
            message.removeHeader(header);
        }
    }

    public void apply(CladoRequest request, CladoHttpResponse response, Message message) {
        CladoOperation operation = request.operation();
        clearResponseHeaders(message);
        message.setHeader(CladoConstants.OPERATION_EXECUTED, operation.uriName());
        transportHeaders(response, message);

        if (operation == CladoOperation.DEEP_RESEARCH_CANCEL && response.statusCode() == 409) {
            cancelEnded(CancelResult.alreadyEnded(apiMessage(response)), response, message);
            return;
        }
        Object model = model(request, response);
        message.setBody(model);
        describe(request, model, message);
        if (model instanceof CancelResult cancel && !cancel.isCancelled()) {
            cancelEnded(cancel, response, message);
        }
    }

    /** The answer's model, or the typed error its status stands for. */
    public Object model(CladoRequest request, CladoHttpResponse response) {
        CladoOperation operation = request.operation();
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            throw new CladoApiException(operation, status, "the API answered with a redirect to "
                    + response.header("Location") + "; redirects are not followed, so the API key stays with the"
                    + " configured host. Check baseUrl.", response.bodyText(), null);
        }
        if (status >= 400 || status < 200) {
            throw CladoApiException.of(operation, status, apiMessage(response), response.bodyText(),
                    retryAfter(response));
        }
        return read(operation, response);
    }

    /** What any answer says besides its body: HTTP status, rate limits and, in mpp mode, the payment. */
    public static void transportHeaders(CladoHttpResponse response, Message message) {
        message.setHeader(CladoConstants.HTTP_STATUS, response.statusCode());
        rateLimitHeaders(response, message);
        paymentHeaders(response.payment(), message);
    }

    private void cancelEnded(CancelResult result, CladoHttpResponse response, Message message) {
        if (failOnCancelConflict) {
            throw new CladoJobConflictException(CladoOperation.DEEP_RESEARCH_CANCEL,
                    result.getMessage() == null ? "the job has already ended" : result.getMessage(), response.bodyText());
        }
        message.setBody(result);
        message.setHeader(CladoConstants.CANCELLED, Boolean.FALSE);
    }

    private static Object read(CladoOperation operation, CladoHttpResponse response) {
        byte[] body = response.body();
        Object model = null;
        if (!blank(body)) {
            try {
                model = CladoModels.read(body, operation.responseType());
            } catch (DatabindException e) {
                throw new CladoResponseException(operation, response.statusCode(), "the answer does not match "
                        + operation.responseType().getSimpleName() + ": " + e.getOriginalMessage(), response.bodyText(), e);
            } catch (IOException e) {
                throw new CladoResponseException(operation, response.statusCode(), "the answer is not JSON ("
                        + contentType(response) + "): " + abbreviate(response.bodyText()), response.bodyText(), e);
            }
        }
        if (model == null) {
            throw new CladoResponseException(operation, response.statusCode(), "the answer has no body",
                    response.bodyText(), null);
        }
        return model;
    }

    private static boolean blank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static void describe(CladoRequest request, Object model, Message message) {
        if (model instanceof SearchResponse search) {
            int count = size(search.getResults());
            message.setHeader(CladoConstants.RESULT_COUNT, count);
            message.setHeader(CladoConstants.TOTAL_RESULTS, search.getTotal() != null ? search.getTotal() : count);
            if (search.getSearchId() != null) {
                message.setHeader(CladoConstants.SEARCH_ID, search.getSearchId());
                OwnHeaders.wrote(message.getExchange(), CladoConstants.SEARCH_ID, search.getSearchId());
            }
            int limit = request.has(RequestField.LIMIT) ? request.integer(RequestField.LIMIT) : DEFAULT_SEARCH_LIMIT;
            if (count > 0 && count >= limit) {
                int offset = request.has(RequestField.OFFSET) ? request.integer(RequestField.OFFSET) : 0;
                message.setHeader(CladoConstants.NEXT_OFFSET, offset + count);
            }
        }
        if (model instanceof JobAnswer job) {
            String jobId = job.getJobId() != null ? job.getJobId() : request.text(RequestField.JOB_ID);
            message.setHeader(CladoConstants.JOB_ID, jobId);
            OwnHeaders.wrote(message.getExchange(), CladoConstants.JOB_ID, jobId);
            message.setHeader(CladoConstants.JOB_STATUS, job.getStatus());
            message.setHeader(CladoConstants.JOB_TERMINAL, job.isTerminal());
        }
        if (model instanceof DeepResearchStatus job) {
            int count = size(job.getResults());
            message.setHeader(CladoConstants.RESULT_COUNT, count);
            Integer total = job.getFinalResultsCount() != null ? job.getFinalResultsCount() : job.getTotalResults();
            message.setHeader(CladoConstants.TOTAL_RESULTS, total != null ? total : count);
            Integer next = nextDeepResearchPage(request, job, total);
            if (next != null) {
                message.setHeader(CladoConstants.NEXT_PAGE, next);
            }
        } else if (model instanceof CancelResult cancel) {
            message.setHeader(CladoConstants.CANCELLED, cancel.isCancelled());
        } else if (model instanceof ContactsResponse contacts) {
            message.setHeader(CladoConstants.RESULT_COUNT, contacts.getEmails().size() + contacts.getPhones().size());
        } else if (model instanceof PostReactionsResponse reactions) {
            PostReactions data = reactions.getData();
            message.setHeader(CladoConstants.RESULT_COUNT, data == null ? 0 : size(data.getReactions()));
            if (data != null && data.getTotalReactions() != null) {
                message.setHeader(CladoConstants.TOTAL_RESULTS, data.getTotalReactions());
            }
            if (data != null && data.getPagination() != null && Boolean.TRUE.equals(data.getPagination().getHasNext())) {
                Integer current = data.getPagination().getCurrentPage();
                int page = current != null ? current : request.has(RequestField.PAGE) ? request.integer(RequestField.PAGE) : 1;
                message.setHeader(CladoConstants.NEXT_PAGE, page + 1);
            }
        } else if (model instanceof BulkContactsStatus bulk) {
            message.setHeader(CladoConstants.RESULT_COUNT, size(bulk.getResults()));
            if (bulk.getTotalUrls() != null) {
                message.setHeader(CladoConstants.TOTAL_RESULTS, bulk.getTotalUrls());
            }
        } else if (model instanceof Credits credits) {
            message.setHeader(CladoConstants.CREDITS, credits.getCredits());
        }
    }

    /** The next page of a paged status answer: Clado's own {@code has_next} if sent, else from the total. */
    private static Integer nextDeepResearchPage(CladoRequest request, DeepResearchStatus job, Integer total) {
        if (!request.has(RequestField.PAGE)) {
            return null;
        }
        int page = request.integer(RequestField.PAGE);
        Map<String, Object> pagination = job.getPagination();
        if (pagination != null && pagination.get("has_next") instanceof Boolean hasNext) {
            return hasNext ? page + 1 : null;
        }
        int pageSize = request.has(RequestField.PAGE_SIZE) ? request.integer(RequestField.PAGE_SIZE) : DEFAULT_PAGE_SIZE;
        return total != null && (long) page * pageSize < total ? page + 1 : null;
    }

    /** What was paid for this call. */
    private static void paymentHeaders(PaymentInfo payment, Message message) {
        if (payment == null) {
            return;
        }
        message.setHeader(CladoConstants.PAID_AMOUNT, payment.amount());
        message.setHeader(CladoConstants.PAYMENT_CURRENCY, payment.currency());
        message.setHeader(CladoConstants.PAYMENT_RECIPIENT, payment.recipient());
        message.setHeader(CladoConstants.PAYMENT_REFERENCE, payment.reference());
        message.setHeader(CladoConstants.PAYMENT_TRANSACTION, payment.transactionHash());
        message.setHeader(CladoConstants.PAYMENT_CHALLENGE_ID, payment.challengeId());
        message.setHeader(CladoConstants.PAYMENT_STATUS, payment.status());
        message.setHeader(CladoConstants.PAYMENT_RECORD_ID, payment.ledgerRecordId());
    }

    private static void rateLimitHeaders(CladoHttpResponse response, Message message) {
        integerHeader(response, "X-RateLimit-Limit", CladoConstants.RATE_LIMIT_LIMIT, message);
        integerHeader(response, "X-RateLimit-Remaining", CladoConstants.RATE_LIMIT_REMAINING, message);
        String reset = response.header("X-RateLimit-Reset");
        if (reset != null) {
            message.setHeader(CladoConstants.RATE_LIMIT_RESET, reset);
        }
    }

    private static void integerHeader(CladoHttpResponse response, String httpName, String camelName, Message message) {
        String value = response.header(httpName);
        if (value != null) {
            try {
                message.setHeader(camelName, Integer.valueOf(value.trim()));
            } catch (NumberFormatException e) {
                // a header we cannot read tells the route nothing; leave it out
            }
        }
    }

    /** Clado's message: FastAPI {@code detail} (text or a list of field errors), {@code error} or {@code message}. */
    static String apiMessage(CladoHttpResponse response) {
        JsonNode body;
        try {
            body = CladoModels.MAPPER.readTree(response.body());
        } catch (IOException e) {
            return abbreviate(response.bodyText());
        }
        if (body == null || !body.isObject()) {
            return abbreviate(response.bodyText());
        }
        JsonNode detail = body.get("detail");
        if (detail != null && detail.isTextual()) {
            return detail.textValue();
        }
        if (detail != null && detail.isArray()) {
            StringJoiner joined = new StringJoiner("; ");
            for (JsonNode item : detail) {
                List<String> location = new java.util.ArrayList<>();
                item.path("loc").forEach(part -> location.add(part.asText()));
                joined.add(String.join(".", location) + ": " + item.path("msg").asText());
            }
            return joined.toString();
        }
        for (String name : new String[] { "error", "message", "title" }) {
            JsonNode text = body.get(name);
            if (text != null && text.isTextual()) {
                return text.textValue();
            }
        }
        return abbreviate(response.bodyText());
    }

    /** {@code retry_after} from the body, else the {@code Retry-After} header (seconds or an HTTP date), else null. */
    static Duration retryAfter(CladoHttpResponse response) {
        try {
            JsonNode body = CladoModels.MAPPER.readTree(response.body());
            if (body != null && body.path("retry_after").isNumber()) {
                return Duration.ofMillis((long) (body.path("retry_after").asDouble() * 1000));
            }
        } catch (IOException e) {
            // not JSON: the header may still say it
        }
        String header = response.header("Retry-After");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String contentType(CladoHttpResponse response) {
        String type = response.header("Content-Type");
        return type == null ? "no content type" : type;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
    }
}
