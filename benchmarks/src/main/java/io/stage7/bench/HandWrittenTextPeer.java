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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code peers/text/accounts.rules} by hand: eighteen text and pattern requirements and the
 * Data_Steward_Queue routing set, with {@code java.util.regex} patterns compiled once, {@code String}
 * methods, and a set of state codes. TRIM is the library's (Salesforce trims spaces and tabs only,
 * not the line breaks {@code String.trim} also removes).
 */
final class HandWrittenTextPeer implements PeerTwin {
    private static final Pattern US_ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern CANADA_POSTAL = Pattern.compile("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(/.*)?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern US_TAX_ID = Pattern.compile("\\d{2}-\\d{7}");
    private static final Pattern DE_TAX_ID = Pattern.compile("DE\\d{9}");
    private static final Pattern UK_TAX_ID = Pattern.compile("GB(\\d{9}|\\d{12})");
    private static final Pattern DUNS = Pattern.compile("[0-9]{9}");
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY");
    private static final Optional<BigDecimal> PRIORITY_2 = Optional.of(BigDecimal.valueOf(2));
    private static final Optional<BigDecimal> PRIORITY_3 = Optional.of(BigDecimal.valueOf(3));

    private final int name, accountNumber, type, industry, rating, billingStreet, billingState, billingPostalCode,
            billingCountry, phone, website, taxId, duns, contactEmail, description, languages, supportChannels;
    private final Violation usZip, usState, canadaPostal, streetNotPoBox, phoneFormat, websiteProtocol, websiteDomain,
            emailMatchesWebsite, phoneSupportNeedsPhone, accountNumberFormat, taxIdFormat, dunsFormat, notTestData,
            notAllCapitals, customerNeedsRating, governmentNeedsPortal, languageMatchesCountry, customerDescription;

    HandWrittenTextPeer(Rules rules) {
        RecordType t = rules.recordType("Account");
        name = PeerTwin.slot(t, "Name");
        accountNumber = PeerTwin.slot(t, "AccountNumber");
        type = PeerTwin.slot(t, "Type");
        industry = PeerTwin.slot(t, "Industry");
        rating = PeerTwin.slot(t, "Rating");
        billingStreet = PeerTwin.slot(t, "BillingStreet");
        billingState = PeerTwin.slot(t, "BillingState");
        billingPostalCode = PeerTwin.slot(t, "BillingPostalCode");
        billingCountry = PeerTwin.slot(t, "BillingCountry");
        phone = PeerTwin.slot(t, "Phone");
        website = PeerTwin.slot(t, "Website");
        taxId = PeerTwin.slot(t, "Tax_Id__c");
        duns = PeerTwin.slot(t, "DUNS_Number__c");
        contactEmail = PeerTwin.slot(t, "Primary_Contact_Email__c");
        description = PeerTwin.slot(t, "Description");
        languages = PeerTwin.slot(t, "Languages__c");
        supportChannels = PeerTwin.slot(t, "Support_Channels__c");
        usZip = PeerTwin.violation(rules, "US_Zip_Code_Format");
        usState = PeerTwin.violation(rules, "US_State_Code");
        canadaPostal = PeerTwin.violation(rules, "Canada_Postal_Code_Format");
        streetNotPoBox = PeerTwin.violation(rules, "Street_Not_PO_Box");
        phoneFormat = PeerTwin.violation(rules, "Phone_International_Format");
        websiteProtocol = PeerTwin.violation(rules, "Website_Protocol");
        websiteDomain = PeerTwin.violation(rules, "Website_Domain");
        emailMatchesWebsite = PeerTwin.violation(rules, "Contact_Email_Matches_Website");
        phoneSupportNeedsPhone = PeerTwin.violation(rules, "Phone_Support_Needs_Phone");
        accountNumberFormat = PeerTwin.violation(rules, "Account_Number_Format");
        taxIdFormat = PeerTwin.violation(rules, "Tax_Id_Format");
        dunsFormat = PeerTwin.violation(rules, "DUNS_Number_Format");
        notTestData = PeerTwin.violation(rules, "Name_Not_Test_Data");
        notAllCapitals = PeerTwin.violation(rules, "Name_Not_All_Capitals");
        customerNeedsRating = PeerTwin.violation(rules, "Customer_Needs_Rating_And_Industry");
        governmentNeedsPortal = PeerTwin.violation(rules, "Government_Needs_Portal");
        languageMatchesCountry = PeerTwin.violation(rules, "Language_Matches_Country");
        customerDescription = PeerTwin.violation(rules, "Customer_Description");
    }

    @Override
    public Decision evaluate(DataRecord record, EvalContext context) {
        List<Violation> fired = new ArrayList<>(4);
        String country = (String) record.value(billingCountry);
        String countryUpper = country == null ? null : country.toUpperCase(Locale.ROOT);
        String typeValue = (String) record.value(type);
        boolean direct = "Customer - Direct".equals(typeValue);
        String phoneValue = (String) record.value(phone);
        String industryValue = (String) record.value(industry);
        @SuppressWarnings("unchecked")
        Set<String> channels = (Set<String>) record.value(supportChannels);

        addressChecks(record, fired, country, countryUpper, direct);
        contactChecks(record, fired, phoneValue, (String) record.value(website), channels);
        String number = (String) record.value(accountNumber);
        if (number != null && (number.length() != 10 || !number.startsWith("AC")
                || !DIGITS.matcher(number.substring(2)).matches())) {
            fired.add(accountNumberFormat);
        }
        String tax = (String) record.value(taxId);
        if (tax != null && !taxIdMatchesCountry(tax, country)) {
            fired.add(taxIdFormat);
        }
        String dunsValue = (String) record.value(duns);
        if (dunsValue != null && !DUNS.matcher(dunsValue.replace("-", "")).matches()) {
            fired.add(dunsFormat);
        }
        String nameValue = (String) record.value(name);
        if (nameValue != null) {
            if (nameValue.toLowerCase(Locale.ROOT).contains("test") || nameValue.startsWith("ZZ")) {
                fired.add(notTestData);
            }
            if (nameValue.length() > 4 && nameValue.equals(nameValue.toUpperCase(Locale.ROOT))
                    && !nameValue.equals(nameValue.toLowerCase(Locale.ROOT))) {
                fired.add(notAllCapitals);
            }
        }
        if (typeValue != null && typeValue.startsWith("Customer")
                && (record.value(rating) == null || industryValue == null)) {
            fired.add(customerNeedsRating);
        }
        if ("Government".equals(industryValue) && (channels == null || !channels.contains("Portal"))) {
            fired.add(governmentNeedsPortal);
        }
        if (country != null && languageMissing(country, countryUpper, record)) {
            fired.add(languageMatchesCountry);
        }
        if (direct) {
            String trimmed = TextFunctions.trim((String) record.value(description));
            if (trimmed == null || trimmed.length() < 20) {
                fired.add(customerDescription);
            }
        }
        return new Decision(record.id(), fired, List.of(stewardQueue(country, countryUpper, industryValue)), List.of());
    }

    /** US_Zip_Code_Format, US_State_Code, Canada_Postal_Code_Format and Street_Not_PO_Box. */
    private void addressChecks(DataRecord record, List<Violation> fired, String country, String countryUpper,
                               boolean direct) {
        String postalCode = (String) record.value(billingPostalCode);
        boolean us = "US".equals(country) || "USA".equals(country) || "UNITED STATES".equals(countryUpper);
        if (us && postalCode != null && !US_ZIP.matcher(postalCode).matches()) {
            fired.add(usZip);
        }
        if (us) {
            String state = (String) record.value(billingState);
            if (state == null || state.length() != 2 || !US_STATES.contains(state)) {
                fired.add(usState);
            }
        }
        String trimmedCountry = TextFunctions.trim(country);
        if (trimmedCountry != null && trimmedCountry.toUpperCase(Locale.ROOT).equals("CANADA")
                && !CANADA_POSTAL.matcher(postalCode == null ? "" : postalCode.toUpperCase(Locale.ROOT)).matches()) {
            fired.add(canadaPostal);
        }
        if (direct) {
            String street = (String) record.value(billingStreet);
            if (street != null) {
                String upper = street.toUpperCase(Locale.ROOT);
                if (upper.startsWith("PO BOX") || upper.startsWith("P.O. BOX")) {
                    fired.add(streetNotPoBox);
                }
            }
        }
    }

    /** Phone_International_Format, Website_Protocol, Website_Domain, Contact_Email_Matches_Website, Phone_Support_Needs_Phone. */
    private void contactChecks(DataRecord record, List<Violation> fired, String phoneValue, String websiteValue,
                               Set<String> channels) {
        if (phoneValue != null
                && !PHONE.matcher(phoneValue.replace(" ", "").replace("-", "").replace(".", "")).matches()) {
            fired.add(phoneFormat);
        }
        if (websiteValue != null) {
            String lower = websiteValue.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                fired.add(websiteProtocol);
            }
            String trimmed = TextFunctions.trim(websiteValue);
            if (!WEBSITE.matcher(trimmed == null ? "" : trimmed.toLowerCase(Locale.ROOT)).matches()) {
                fired.add(websiteDomain);
            }
            String email = (String) record.value(contactEmail);
            if (email != null) {
                String domain = email.substring(email.indexOf('@') + 1);
                if (!domain.isEmpty() && !lower.contains(domain.toLowerCase(Locale.ROOT))) {
                    fired.add(emailMatchesWebsite);
                }
            }
        }
        if (phoneValue == null && channels != null && channels.contains("Phone")) {
            fired.add(phoneSupportNeedsPhone);
        }
    }

    private boolean languageMissing(String country, String countryUpper, DataRecord record) {
        @SuppressWarnings("unchecked")
        Set<String> spoken = (Set<String>) record.value(languages);
        return country.equals("Germany") && !speaks(spoken, "German")
                || countryUpper.equals("JAPAN") && !speaks(spoken, "Japanese")
                || country.contains("France") && !speaks(spoken, "French");
    }

    private static boolean speaks(Set<String> spoken, String language) {
        return spoken != null && spoken.contains(language);
    }

    private static boolean taxIdMatchesCountry(String tax, String country) {
        if (country == null) {
            return true;
        }
        switch (country) {
            case "US":
                return US_TAX_ID.matcher(tax).matches();
            case "Germany":
                return DE_TAX_ID.matcher(tax).matches();
            case "United Kingdom":
                return UK_TAX_ID.matcher(tax).matches();
            default:
                return true;
        }
    }

    private static Route stewardQueue(String country, String countryUpper, String industryValue) {
        if (country == null || industryValue == null) {
            return new Route("Data_Steward_Queue", 1, "Enrichment", "Data_Stewards", PRIORITY_3, Optional.empty(),
                    Optional.empty());
        }
        if (countryUpper.contains("UNITED") || country.length() == 2) {
            return new Route("Data_Steward_Queue", 2,
                    "Address Review " + country.substring(0, Math.min(2, country.length())).toUpperCase(Locale.ROOT),
                    "Data_Stewards", PRIORITY_2, Optional.empty(), Optional.empty());
        }
        String trimmed = TextFunctions.trim(country);
        String code = trimmed == null ? "" : trimmed.substring(0, Math.min(3, trimmed.length())).toUpperCase(Locale.ROOT);
        return new Route("Data_Steward_Queue", 3, "Stewards " + code, "Data_Stewards", PRIORITY_3, Optional.empty(),
                Optional.empty());
    }
}
