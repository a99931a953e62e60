/*
 * The Stage7 rules language.
 *
 * Declarations (object, requirement, routing, calendar, region, sla, fiscal year, period_end,
 * escalation, test, record, include) wrap formulas written in Salesforce's formula sublanguage.
 * Declaration keywords are "soft": outside the clause that needs them they are ordinary names,
 * so a field may be called Message or Hours.
 *
 * Operator precedence, loosest first (Salesforce's):
 *   ||   &&   = == <> != < <= > >=   + - &   * /   ^   unary - + !
 *
 * Labels (#name, left=, op=) let the AST builder read ctx.left rather than ctx.expr(0).
 */
grammar Stage7;

// ---------------------------------------------------------------- file structure

file
    : item* EOF
    ;

item
    : includeDecl
    | objectDecl
    | requirementDecl
    | routingDecl
    | calendarDecl
    | regionDecl
    | slaDecl
    | fiscalYearDecl
    | periodEndDecl
    | escalationDecl
    | testDecl
    | baseRecordDecl
    ;

includeDecl
    : INCLUDE path=STRING
    ;

// ---------------------------------------------------------------- object metadata

// Object metadata may follow the name: object Invoice__c label "Invoice" pluralLabel "Invoices" { ... }
objectDecl
    : OBJECT name=ident fieldDetail* LBRACE fieldDecl* RBRACE
    ;

fieldDecl
    : name=ident type=typeRef fieldDetail*
    ;

// Metadata a field carries besides its type: PO_Number__c Text(40) label "PO Number" required true.
// A detail's value is a literal, so the next token tells a detail from the next field's type.
fieldDetail
    : key=ident value=detailValue
    ;

detailValue
    : NUMBER        #numberDetail
    | STRING        #stringDetail
    | booleanWord   #booleanDetail
    ;

typeRef
    : name=ident (LPAREN typeArg (COMMA typeArg)* RPAREN)?
    ;

// A picklist value may carry its own metadata: Picklist("Net_30" label "Net 30", "Net_120" active false).
typeArg
    : NUMBER                    #numberTypeArg
    | value=STRING fieldDetail* #stringTypeArg
    | ident                     #nameTypeArg
    ;

// ---------------------------------------------------------------- requirements

requirementDecl
    : REQUIREMENT name=ident ON object=ident LBRACE requirementClause* RBRACE
    ;

requirementClause
    : severity=(ERROR | WARNING) WHEN condition=expr   #conditionClause
    | MESSAGE text=STRING                              #messageClause
    | FIELD fieldName=qualifiedName                    #fieldClause
    | DESCRIPTION text=STRING                          #descriptionClause
    | ACTIVE value=booleanWord                         #activeClause
    ;

booleanWord
    : TRUE | FALSE
    ;

// ---------------------------------------------------------------- routing

routingDecl
    : ROUTING name=ident ON object=ident LBRACE routingEntry* RBRACE
    ;

routingEntry
    : WHEN condition=expr ASSIGN assignment (COMMA assignment)*    #whenEntry
    | OTHERWISE ASSIGN assignment (COMMA assignment)*              #otherwiseEntry
    ;

assignment
    : target=ident EQ value=expr
    ;

// ---------------------------------------------------------------- policy

calendarDecl
    : CALENDAR name=ident LBRACE calendarClause* RBRACE
    ;

calendarClause
    : ZONE zone=STRING                                      #zoneClause
    | HOURS hoursSpec (COMMA hoursSpec)*                    #hoursClause
    | HOLIDAYS FROM path=STRING                             #holidayFileClause
    | HOLIDAYS PUBLIC region=STRING
        (EXCEPT except+=STRING (COMMA except+=STRING)*)?    #publicHolidaysClause
    | HOLIDAYS STRING (COMMA STRING)*                       #holidayListClause
    ;

hoursSpec
    : days=dayRange open=TIME MINUS close=TIME
    ;

dayRange
    : first=ident (MINUS last=ident)?
    ;

regionDecl
    : REGION name=ident LBRACE regionClause* RBRACE
    ;

regionClause
    : CALENDAR calendar=ident                                          #regionCalendarClause
    | CUTOFF complexity=STRING AFTER time=TIME (EXCEPT DURING nameList)? #cutoffClause
    ;

slaDecl
    : SLA name=ident ON object=ident LBRACE slaClause* RBRACE
    ;

slaClause
    : event=ident WITHIN amount=NUMBER business=BUSINESS? HOURS OF start=qualifiedName  #measureClause
    | CALENDAR calendar=ident                                                         #slaCalendarClause
    | TARGET amount=NUMBER PERCENT                                                     #targetClause
    ;

fiscalYearDecl
    : FISCAL YEAR STARTS month=ident
    ;

periodEndDecl
    : PERIOD_END name=ident LBRACE periodEndClause* RBRACE
    ;

periodEndClause
    : LAST count=NUMBER BUSINESS DAYS OF period=ident      #windowClause
    | EXTENDED HOURS open=TIME MINUS close=TIME           #extendedHoursClause
    ;

escalationDecl
    : ESCALATION ON object=ident LBRACE escalationClause* RBRACE
    ;

escalationClause
    : REQUESTED WHEN condition=expr          #requestedClause
    | REFUSED DURING nameList                #refusedClause
    | PRIORITY value=NUMBER                  #escalationPriorityClause
    ;

nameList
    : ident (COMMA ident)*
    ;

// ---------------------------------------------------------------- tests

testDecl
    : TEST title=STRING LBRACE testClause* RBRACE
    ;

// A base record for tests: `record Complete_Deal on Opportunity { Field: value, ... }`; a test
// starts from it with `given Opportunity from Complete_Deal { ... }`, another base with `from`.
baseRecordDecl
    : RECORD name=ident ON object=ident (FROM base=ident)? recordLiteral
    ;

testClause
    : GIVEN object=ident recordLiteral                       #givenClause
    | GIVEN object=ident FROM base=ident recordLiteral       #givenFromClause
    | PRIOR recordLiteral                                    #priorClause
    | AT instant=STRING                                      #atClause
    | EXPECT NO VIOLATIONS                                   #expectNoViolationsClause
    | EXPECT VIOLATIONS nameList                             #expectViolationsClause
    | EXPECT VIOLATIONS INCLUDE nameList                     #expectViolationsIncludeClause
    | EXPECT NO VIOLATION nameList                           #expectNoViolationClause
    | EXPECT ROUTE routing=ident recordLiteral               #expectRouteClause
    ;

recordLiteral
    : LBRACE (recordEntry (COMMA recordEntry)* COMMA?)? RBRACE
    ;

recordEntry
    : key=qualifiedName COLON value=expr
    ;

// ---------------------------------------------------------------- formulas

expr
    : op=(MINUS | PLUS | BANG) operand=expr                          #unaryExpr
    | <assoc=right> left=expr op=CARET right=expr                    #powerExpr
    | left=expr op=(STAR | SLASH) right=expr                         #multiplicativeExpr
    | left=expr op=(PLUS | MINUS | AMP) right=expr                   #additiveExpr
    | left=expr op=(EQ | EQEQ | NEQ | BANGEQ | LT | LE | GT | GE) right=expr  #comparisonExpr
    | left=expr op=ANDAND right=expr                                 #andExpr
    | left=expr op=OROR right=expr                                   #orExpr
    | primary                                                        #primaryExpr
    ;

primary
    : LPAREN inner=expr RPAREN                                       #parenExpr
    | function=ident LPAREN (expr (COMMA expr)*)? RPAREN             #callExpr
    | NUMBER                                                         #numberLiteral
    | STRING                                                         #stringLiteral
    | TRUE                                                           #trueLiteral
    | FALSE                                                          #falseLiteral
    | NULL                                                           #nullLiteral
    | qualifiedName                                                  #fieldRef
    ;

qualifiedName
    : ident (DOT ident)*
    ;

// Soft keywords: every declaration keyword is also a valid name.
ident
    : IDENT
    | INCLUDE | OBJECT | REQUIREMENT | ON | ERROR | WARNING | WHEN | MESSAGE | FIELD | DESCRIPTION
    | ACTIVE | ROUTING | OTHERWISE | ASSIGN | CALENDAR | ZONE | HOURS | HOLIDAYS | FROM | REGION
    | CUTOFF | AFTER | EXCEPT | DURING | SLA | WITHIN | BUSINESS | OF | TARGET | FISCAL | YEAR
    | STARTS | PERIOD_END | LAST | DAYS | EXTENDED | ESCALATION | REQUESTED | REFUSED | PRIORITY
    | TEST | GIVEN | AT | EXPECT | NO | VIOLATIONS | ROUTE | PUBLIC
    | PRIOR
    | VIOLATION | RECORD
    ;

// ---------------------------------------------------------------- lexer

// Keywords of the declaration language are lower case, like Java's.
INCLUDE     : 'include';
OBJECT      : 'object';
REQUIREMENT : 'requirement';
ON          : 'on';
ERROR       : 'error';
WARNING     : 'warning';
WHEN        : 'when';
MESSAGE     : 'message';
FIELD       : 'field';
DESCRIPTION : 'description';
ACTIVE      : 'active';
ROUTING     : 'routing';
OTHERWISE   : 'otherwise';
ASSIGN      : 'assign';
CALENDAR    : 'calendar';
ZONE        : 'zone';
HOURS       : 'hours';
HOLIDAYS    : 'holidays';
FROM        : 'from';
REGION      : 'region';
CUTOFF      : 'cutoff';
AFTER       : 'after';
EXCEPT      : 'except';
DURING      : 'during';
SLA         : 'sla';
WITHIN      : 'within';
BUSINESS    : 'business';
OF          : 'of';
TARGET      : 'target';
FISCAL      : 'fiscal';
YEAR        : 'year';
STARTS      : 'starts';
PERIOD_END  : 'period_end';
LAST        : 'last';
DAYS        : 'days';
EXTENDED    : 'extended';
ESCALATION  : 'escalation';
REQUESTED   : 'requested';
REFUSED     : 'refused';
PRIORITY    : 'priority';
TEST        : 'test';
GIVEN       : 'given';
AT          : 'at';
EXPECT      : 'expect';
NO          : 'no';
VIOLATIONS  : 'violations';
PRIOR       : 'prior';
VIOLATION   : 'violation';
RECORD      : 'record';
ROUTE       : 'route';
PUBLIC      : 'public';

// Formula literals are case-insensitive, as in Salesforce.
TRUE  : [tT][rR][uU][eE];
FALSE : [fF][aA][lL][sS][eE];
NULL  : [nN][uU][lL][lL];

LPAREN  : '(';
RPAREN  : ')';
LBRACE  : '{';
RBRACE  : '}';
COMMA   : ',';
DOT     : '.';
COLON   : ':';
PERCENT : '%';
PLUS    : '+';
MINUS   : '-';
STAR    : '*';
SLASH   : '/';
CARET   : '^';
AMP     : '&';
EQEQ    : '==';
EQ      : '=';
NEQ     : '<>';
BANGEQ  : '!=';
LE      : '<=';
GE      : '>=';
LT      : '<';
GT      : '>';
ANDAND  : '&&';
OROR    : '||';
BANG    : '!';

// A time of day in declarations: 07:00, 16:30.
TIME   : [0-9] [0-9] ':' [0-9] [0-9];
NUMBER : [0-9]+ ('.' [0-9]+)? | '.' [0-9]+;
IDENT  : [a-zA-Z_$] [a-zA-Z_0-9]*;

STRING
    : '"' ( '\\' . | ~["\\\r\n] )* '"'
    | '\'' ( '\\' . | ~['\\\r\n] )* '\''
    ;

// An unterminated string is one token, so the error points at its opening quote.
UNTERMINATED_STRING
    : '"' ( '\\' . | ~["\\\r\n] )*
    | '\'' ( '\\' . | ~['\\\r\n] )*
    ;

// A string in typographic quotes, as word processors and web pages write them: one token, so the
// front end reports the quotes once, reads it as the string it was meant to be, and goes on.
CURLY_STRING
    : [\u201C\u201E\u201D] ~[\u201C\u201D"\r\n]* [\u201C\u201D"]
    | [\u2018\u201A] ~[\u2018\u2019'\r\n]* [\u2018\u2019']
    ;

// An unterminated comment runs to the end of the file; the front end reports it at its start.
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
// Whitespace as text copied from Salesforce Help or a web page has it: every Unicode space
// separator (Zs: no-break, thin, ideographic ...), the zero-width space and word joiner, line and
// paragraph separators, and the byte-order mark.
WS            : [ \t\r\n\f\u000B\p{Zs}\u200B\u2060\u2028\u2029\uFEFF]+ -> channel(HIDDEN);

// Anything else is one bad character: the parser reports it with its location.
BAD_CHAR : . ;
