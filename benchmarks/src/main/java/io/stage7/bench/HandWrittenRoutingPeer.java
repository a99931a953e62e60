package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.RecordType;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import io.stage7.functions.TextFunctions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code peers/routing/cases.rules} by hand: ten case requirements and four routing sets, the
 * picklist-keyed ones as {@code switch}es and the scanned ones as {@code if} chains, with the
 * country lists as sets. Each route is built afresh, as the rules build it.
 */
final class HandWrittenRoutingPeer implements PeerTwin {
    private static final BigDecimal STRATEGIC_ARR = BigDecimal.valueOf(1_000_000);
    private static final Set<String> SOUTHERN_EUROPE_AND_BENELUX = Set.of("France", "Belgium", "Netherlands",
            "Luxembourg", "Spain", "Italy", "Portugal");
    private static final Set<String> APJ_COUNTRIES = Set.of("Japan", "Korea", "China", "Taiwan", "Singapore", "India",
            "Australia");
    private static final Optional<BigDecimal> P0 = Optional.of(BigDecimal.ZERO);
    private static final Optional<BigDecimal> P1 = Optional.of(BigDecimal.ONE);
    private static final Optional<BigDecimal> P2 = Optional.of(BigDecimal.valueOf(2));
    private static final Optional<BigDecimal> P3 = Optional.of(BigDecimal.valueOf(3));
    private static final Optional<BigDecimal> P4 = Optional.of(BigDecimal.valueOf(4));
    private static final Optional<String> COMPLEX = Optional.of("complex");
    private static final Optional<String> STANDARD = Optional.of("standard");
    private static final Optional<String> NONE = Optional.empty();

    private final int subject, origin, priority, status, type, product, language, country, securityIssue, outage,
            entitlementEnd, contactEmail, accountName, accountTier, accountArr, accountStrategic;
    private final Violation subjectRequired, criticalNeedsOutage, productRequired, entitlementExpired,
            securityHighPriority, billingProduct, escalatedNotLow, emailNeedsContact, partnerNeedsAccount,
            featureRequestsLow;

    HandWrittenRoutingPeer(Rules rules) {
        RecordType t = rules.recordType("Case");
        subject = PeerTwin.slot(t, "Subject");
        origin = PeerTwin.slot(t, "Origin");
        priority = PeerTwin.slot(t, "Priority");
        status = PeerTwin.slot(t, "Status");
        type = PeerTwin.slot(t, "Type");
        product = PeerTwin.slot(t, "Product__c");
        language = PeerTwin.slot(t, "Language__c");
        country = PeerTwin.slot(t, "Country__c");
        securityIssue = PeerTwin.slot(t, "Security_Issue__c");
        outage = PeerTwin.slot(t, "Outage__c");
        entitlementEnd = PeerTwin.slot(t, "Entitlement_End__c");
        contactEmail = PeerTwin.slot(t, "Contact_Email__c");
        accountName = PeerTwin.slot(t, "Account.Name");
        accountTier = PeerTwin.slot(t, "Account.Tier__c");
        accountArr = PeerTwin.slot(t, "Account.ARR__c");
        accountStrategic = PeerTwin.slot(t, "Account.Strategic__c");
        subjectRequired = PeerTwin.violation(rules, "Subject_Required");
        criticalNeedsOutage = PeerTwin.violation(rules, "Critical_Needs_Outage_Or_Security");
        productRequired = PeerTwin.violation(rules, "Product_Required_For_Problems");
        entitlementExpired = PeerTwin.violation(rules, "Entitlement_Expired");
        securityHighPriority = PeerTwin.violation(rules, "Security_Issues_High_Priority");
        billingProduct = PeerTwin.violation(rules, "Billing_Cases_Billing_Product");
        escalatedNotLow = PeerTwin.violation(rules, "Escalated_Not_Low");
        emailNeedsContact = PeerTwin.violation(rules, "Email_Cases_Need_Contact");
        partnerNeedsAccount = PeerTwin.violation(rules, "Partner_Cases_Need_Account");
        featureRequestsLow = PeerTwin.violation(rules, "Feature_Requests_Low_Priority");
    }

    @Override
    public Decision evaluate(DataRecord record, EvalContext context) {
        List<Violation> fired = new ArrayList<>(2);
        String priorityValue = (String) record.value(priority);
        boolean critical = "Critical".equals(priorityValue);
        boolean high = "High".equals(priorityValue);
        boolean lowOrMedium = "Low".equals(priorityValue) || "Medium".equals(priorityValue);
        String typeValue = (String) record.value(type);
        String productValue = (String) record.value(product);
        String tier = (String) record.value(accountTier);
        boolean platinum = "Platinum".equals(tier);
        boolean security = (Boolean) record.value(securityIssue);
        boolean down = (Boolean) record.value(outage);
        String originValue = (String) record.value(origin);
        LocalDate entitlement = (LocalDate) record.value(entitlementEnd);
        boolean expired = entitlement != null && entitlement.isBefore(PeerTwin.today(context));

        if (TextFunctions.trim((String) record.value(subject)) == null) {
            fired.add(subjectRequired);
        }
        if (critical && !down && !security && !platinum) {
            fired.add(criticalNeedsOutage);
        }
        if (("Problem".equals(typeValue) || "Incident".equals(typeValue)) && productValue == null) {
            fired.add(productRequired);
        }
        if (!"Billing".equals(typeValue) && expired) {
            fired.add(entitlementExpired);
        }
        if (security && !high && !critical) {
            fired.add(securityHighPriority);
        }
        if ("Billing".equals(typeValue) && productValue != null && !"Billing Portal".equals(productValue)) {
            fired.add(billingProduct);
        }
        if ("Escalated".equals(record.value(status)) && (platinum ? "Low".equals(priorityValue) : lowOrMedium)) {
            fired.add(escalatedNotLow);
        }
        if ("Email".equals(originValue) && record.value(contactEmail) == null) {
            fired.add(emailNeedsContact);
        }
        if ("Partner Portal".equals(originValue) && record.value(accountName) == null) {
            fired.add(partnerNeedsAccount);
        }
        if ("Feature Request".equals(typeValue) && !lowOrMedium) {
            fired.add(featureRequestsLow);
        }
        String languageValue = (String) record.value(language);
        String countryValue = (String) record.value(country);
        return new Decision(record.id(), fired, List.of(
                productQueue(productValue, priorityValue, critical, security, languageRegion(languageValue)),
                languageQueue(languageValue, countryValue),
                slaTier(record, tier, priorityValue, critical, high, down, expired, originValue, typeValue),
                geoQueue(countryValue)), List.of());
    }

    private static Route productQueue(String productValue, String priorityValue, boolean critical, boolean security,
                                      String region) {
        if (productValue != null) {
            switch (productValue) {
                case "Database":
                    return critical ? product(1, "DBA On-Call", region, P1, COMPLEX)
                            : product(5, "Database Support", region, byPriority(priorityValue), NONE);
                case "Platform":
                    return product(2, "Platform Support", region, byPriority(priorityValue), NONE);
                case "Analytics":
                    return product(3, "Analytics Support", region, byPriority(priorityValue), NONE);
                case "Storage", "Backup":
                    return product(4, "Storage and Backup", region, byPriority(priorityValue), NONE);
                case "Networking", "Edge":
                    return product(6, "Network Support", region, byPriority(priorityValue), NONE);
                case "Identity":
                    return security ? product(7, "Security Response", region, P1, COMPLEX)
                            : product(8, "Identity Support", region, byPriority(priorityValue), NONE);
                case "Mobile SDK":
                    return product(9, "Developer Support", region, P3, NONE);
                case "Billing Portal":
                    return product(10, "Billing Operations", region, P3, NONE);
                case "Marketplace":
                    return product(11, "Marketplace Partners", region, P3, NONE);
                case "Observability":
                    return product(12, "Observability Support", region, byPriority(priorityValue), NONE);
                default:
                    break;
            }
        }
        return security ? product(13, "Security Response", region, P1, COMPLEX)
                : product(14, "General Support", region, P4, NONE);
    }

    private static Route product(int entry, String queue, String region, Optional<BigDecimal> priorityValue,
                                 Optional<String> complexity) {
        return new Route("Product_Queue", entry, queue, region, priorityValue, complexity, Optional.empty());
    }

    /** CASE(Priority, "Critical", 1, "High", 2, "Medium", 3, 4). */
    private static Optional<BigDecimal> byPriority(String priorityValue) {
        if (priorityValue == null) {
            return P4;
        }
        switch (priorityValue) {
            case "Critical":
                return P1;
            case "High":
                return P2;
            case "Medium":
                return P3;
            default:
                return P4;
        }
    }

    /** The CASE on Language__c that gives every Product_Queue entry its region. */
    private static String languageRegion(String languageValue) {
        if (languageValue == null) {
            return "Americas";
        }
        switch (languageValue) {
            case "German", "French":
                return "EMEA";
            case "Japanese", "Korean", "Chinese":
                return "APJ";
            default:
                return "Americas";
        }
    }

    private static Route languageQueue(String languageValue, String countryValue) {
        if (languageValue != null) {
            switch (languageValue) {
                case "German":
                    return language(1, "DACH Support", "EMEA");
                case "French":
                    return language(2, "France Support", "EMEA");
                case "Spanish", "Portuguese":
                    return language(3, "LatAm Support", "Americas");
                case "Japanese":
                    return language(4, "Japan Support", "APJ");
                case "Korean", "Chinese":
                    return language(5, "Asia Support", "APJ");
                case "English":
                    if (countryValue != null && countryValue.contains("India")) {
                        return language(6, "India Support", "APJ");
                    }
                    break;
                default:
                    break;
            }
        }
        return language(7, "English Support", "Americas");
    }

    private static Route language(int entry, String queue, String region) {
        return new Route("Language_Queue", entry, queue, region, Optional.empty(), NONE, Optional.empty());
    }

    private Route slaTier(DataRecord record, String tier, String priorityValue, boolean critical, boolean high,
                          boolean down, boolean expired, String originValue, String typeValue) {
        if (down) {
            return "Platinum".equals(tier) ? sla(1, "Major Incident", P0, COMPLEX) : sla(2, "Incident Desk", P1, COMPLEX);
        }
        BigDecimal arr = (BigDecimal) record.value(accountArr);
        if ((Boolean) record.value(accountStrategic) && arr != null && arr.compareTo(STRATEGIC_ARR) >= 0) {
            return sla(3, "Strategic Accounts", critical ? P1 : P2, NONE);
        }
        if ("Platinum".equals(tier)) {
            return sla(4, "Platinum Desk", critical || high ? P1 : P2, NONE);
        }
        if ("Gold".equals(tier) && (critical || high)) {
            return sla(5, "Gold Priority", P2, NONE);
        }
        if (expired) {
            return sla(6, "Renewals Desk", P4, NONE);
        }
        if ("Chat".equals(originValue) || "Phone".equals(originValue)) {
            return sla(7, "Live Channels", P3, STANDARD);
        }
        if ("Billing".equals(typeValue)) {
            return sla(8, "Billing Desk", P3, NONE);
        }
        return sla(9, "Standard Tier", critical ? P2 : high ? P3 : P4, STANDARD);
    }

    private static Route sla(int entry, String queue, Optional<BigDecimal> priorityValue, Optional<String> complexity) {
        return new Route("SLA_Tier", entry, queue, "Americas", priorityValue, complexity, Optional.empty());
    }

    private static Route geoQueue(String countryValue) {
        if (countryValue == null) {
            return geo(1, "Unknown Geo", "Americas");
        }
        switch (countryValue.toUpperCase(Locale.ROOT)) {
            case "US", "USA", "UNITED STATES", "CANADA":
                return geo(2, "North America", "Americas");
            default:
                break;
        }
        if (countryValue.startsWith("United Kingdom") || countryValue.equals("UK") || countryValue.equals("Ireland")) {
            return geo(3, "UK and Ireland", "EMEA");
        }
        switch (countryValue) {
            case "Germany", "Austria", "Switzerland":
                return geo(4, "DACH", "EMEA");
            default:
                break;
        }
        if (SOUTHERN_EUROPE_AND_BENELUX.contains(countryValue)) {
            return geo(5, "Southern Europe and Benelux", "EMEA");
        }
        if (APJ_COUNTRIES.contains(countryValue)) {
            return geo(6, "APJ Geo", "APJ");
        }
        if (countryValue.startsWith("Bra") || countryValue.startsWith("Arg") || countryValue.equals("Mexico")) {
            return geo(7, "LatAm Geo", "Americas");
        }
        return geo(8, "Rest of World", "EMEA");
    }

    private static Route geo(int entry, String queue, String region) {
        return new Route("Geo_Queue", entry, queue, region, Optional.empty(), NONE, Optional.empty());
    }
}
