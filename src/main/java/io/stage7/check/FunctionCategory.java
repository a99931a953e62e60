package io.stage7.check;

/** How the function reference groups functions, following Salesforce's categories. */
public enum FunctionCategory {
    LOGICAL("Logical"),
    PICKLIST("Picklist"),
    /** ISNEW, ISCHANGED and PRIORVALUE: they read the record's version before the save. */
    RECORD_CHANGE("Record change"),
    TEXT("Text"),
    MATH("Math"),
    DATE_TIME("Date and time"),
    /** Functions over the team's policy: period ends and business calendars. */
    POLICY("Policy");

    private final String title;

    FunctionCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
