"""The words that name SOC 2, that make a claim, and that change what a claim means.

Every pattern is case-insensitive unless it says otherwise. Patterns are grouped by the question
they answer, so the extractor reads as a sequence of questions: is SOC 2 named, what is said of
it, is it denied, quoted, asked or supposed, whose status is it, and is a date promised.
"""

from __future__ import annotations

import re

CI = re.IGNORECASE


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# -- naming SOC 2 ------------------------------------------------------------------------------
SOC_NAME = re.compile(r"\bSOC(?:[\s\-]?(?:2|II|two))(?![\d\w])(?:\s?[®™])?", CI)
TYPE = re.compile(r"\bType[\s\-]?(II|I|2|1|two|one)\b(?!\w)", CI)
AICPA_LOGO = re.compile(
    r"\bAICPA\b.{0,30}\b(?:SOC|logo|seal|badge)\b|\bSOC for Service Organi[sz]ations\b", CI
)
OWN_REPORT = re.compile(
    r"(?<=\bwe\s)(?:\w+\s+)?(?:hold|have|received|completed|passed|share)\s+(?:the|our)\s+(?:\w+\s+)?(?:report|attestation)\b"
    r"|(?<=\bwe['’]ve\s)(?:\w+\s+)?(?:received|completed|passed)\s+(?:the|our)\s+(?:\w+\s+)?(?:report|attestation)\b",
    CI,
)
# A report type standing alone as one item of a list: "Security: SOC 2 Type II, SSO".
LISTED_TYPE = re.compile(r"\s*(?:Type[\s\-]?(?:II|I|1|2))\s*(?:,|$|\.|;|·)")
TOPIC_NOUN = re.compile(r"\b(?:report|attestation|audit|examination|opinion)s?\b", CI)

# -- what is said of it --------------------------------------------------------------------------
CERT_ADJECTIVE = re.compile(r"\b(?:certified|accredited|cert(?=\b))\b", CI)
CERT_NOUN = re.compile(
    r"\b(?:certifications?|certificates?|certifying|certify|accreditations?)\b", CI
)
COMPLIANT_ADJECTIVE = re.compile(r"\b(?:compliant|conformant)\b", CI)
COMPLIANT_VERB = re.compile(
    r"\b(?:compl(?:y|ies|ied|ying)\s+with|conform(?:s|ing)?\s+(?:to|with)|adher(?:es|e|ing)\s+to"
    r"|(?:meets?|meeting|satisf(?:y|ies|ying)|fulfils?|fulfills?)(?:\s+(?:all|the|every))?)\s*$",
    CI,
)
COMPOUND_NOUN = re.compile(
    r"[\s\-]*(?:checklists?|guides?|teams?|programs?|programmes?|process(?:es)?|journeys?|requirements?"
    r"|frameworks?|automation|platforms?|software|tools?|officers?|consultants?|consulting|costs?|services?"
    r"|experts?|projects?|roadmaps?|efforts?|documentation|standards?|criteria|controls?|questions?|timelines?"
    r"|managers?|leads?|budgets?|partners?|readiness|solutions?|training|templates?|policies|kits?|bodies|body"
    r"|process|landscape|market|industry|fees?|pricing|work|workflows?|tasks?|items?|status|efforts?)\b",
    CI,
)
COMPLIANT_NOUN = re.compile(r"\b(?:compliance|conformance|conformity|adherence|alignment)\b", CI)
ALIGNED = re.compile(r"\baligned\s+(?:with|to)\b|\bin\s+line\s+with\b", CI)

HELD_VERB = re.compile(
    r"\b(?:have|has|had|hold|holds|held|received?|obtained?|achieved?|earned?|secured?|completed?"
    r"|passed|attained?|finished|maintain(?:s|ed)?|possess(?:es)?|got|gotten|acquired?|issued|claim(?:s|ed|ing)?"
    r"|(?<!being\s)(?:independently\s+)?(?:audited|attested|examined)|renewed|attached|enclosed|included"
    r"|(?:successful\s+)?completion\s+of|receipt\s+of|resulted\s+in|yielded|produced"
    r"|please\s+find"
    r"|publish(?:es|ed)?|provides?|provided|offers?|offered|shares?|shared|send|sends|sent"
    r"|successfully\s+(?:completed|passed|achieved))\b|\b(?:we|they)['’]ve\b",
    CI,
)
_HELD_WORDS = (
    r"(?:(?:complete|completed|done|finished|passed|issued|available|in\s+hand|on\s+file|signed|attested|audited"
    r"|verified|validated|approved|ready\s+for\s+download|exists?|lands?|arrives?|missing|attached|enclosed"
    r"|included|provided|uploaded|requested|shared|downloaded|viewed|received|obtained|achieved)\b|[✓✔☑✅])"
)
HELD_PREDICATE = re.compile(
    r"\s*(?:Type[\s\-]?(?:II|I|1|2)\s*)?(?:(?:reports?|audits?|examinations?|attestations?)\s+)?"
    r"(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+|now\s+)*(?:not\s+|n['’]t\s+)?(?:yet\s+)?"
    + _HELD_WORDS,
    CI,
)
HELD_AFTER_NOUN = re.compile(
    r"[^.;]{0,45}?\b(?:reports?|audits?|examinations?|attestations?)\b"
    r"(?:(?:(?!\band\b|\bbut\b)[^.;]){0,70}?\s(?:is|are|was|were|has\s+been|have\s+been|can\s+be)\s+"
    r"|(?:(?!\band\b|\bbut\b)[^.;]){0,40}?\s|\s*)"
    r"(?:now\s+)?(?:not\s+|n['’]t\s+)?(?:yet\s+)?" + _HELD_WORDS,
    CI,
)
EXISTENTIAL = re.compile(
    r"\bthere\s+(?:is|are|was|were)\s+(?:no|not\s+(?:yet\s+)?(?:a|any)|a|an|our|one)\s+$", CI
)
HELD_CAN_BE = re.compile(r"\bcan\s+be\s+$", CI)
HELD_IDENTITY = re.compile(r"\b(?:is|are)\s+(?:not\s+)?(?:an?|the)\s+$", CI)
HELD_POSSESSIVE = re.compile(
    r"\b(?:our|your|the\s+company['’]s)\s+(?:latest\s+|current\s+|most\s+recent\s+|recent\s+|annual\s+|new\s+)?"
    r"SOC[\s\-]?(?:2|II)\b[^.;]{0,25}?\b(?:reports?|attestations?)\b",
    CI,
)
HELD_POSSESSIVE_TYPE = re.compile(
    r"\b(?:our|the\s+company['’]s)\s+(?:latest\s+|current\s+)?SOC[\s\-]?(?:2|II)\s+Type[\s\-]?(?:II|I|1|2)\s+"
    r"(?:covers|includes|lists|shows|spans|describes|is\s+available|was\s+issued)\b",
    CI,
)
BARE_STATUS = re.compile(
    r"\b(?:we\s+are|we['’]re|is|are)\s+(?:now\s+|fully\s+|officially\s+|proudly\s+)?$", CI
)
BADGE_WORD = re.compile(r"\b(?:badges?|seals?|logos?|shields?|emblems?|trust\s*marks?)\b", CI)
SERVICE_TO_OTHERS = re.compile(
    r"\b(?:help|helps|helping|guide|guides|guiding|support|supports|enable|enables|prepare|prepares"
    r"|walk|walks|coach|coaches|assist|assists)\s+(?:our\s+)?(?:clients|customers|companies|teams"
    r"|organi[sz]ations|startups|businesses|you|them|firms|vendors)\b",
    CI,
)
REQUEST_REPORT = re.compile(
    r"\b(?:request|download|view|get|access|ask\s+for|obtain|find|see|read|review)\s+(?:a\s+copy\s+of\s+)?"
    r"(?:our|the|your)\s+$",
    CI,
)

IN_PROGRESS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (
        re.compile(
            r"\b(?:review|observation|audit|testing|examination|Type[\s\-]?(?:2|II))\s+(?:period|window)\b[^.;]{0,40}?\b(?:began|begun"
            r"|started|opened|open|is\s+open|underway|under\s+way|running|is\s+running|in\s+progress|commenced"
            r"|kicked\s+off|ongoing|runs|closes|ends)\b"
            r"|\b(?:in|into|during|through)\s+(?:our|the|an|a)\s+(?:\w+\s+){0,5}?(?:review|observation|audit|testing)\s+(?:period|window)\b"
            r"|\b(?:began|started|opened|kicked\s+off|commenced|entered)\s+(?:our|the|an|a)\s+(?:\w+\s+){0,4}?(?:review|observation)\s+(?:period|window)\b",
            CI,
        ),
        "review_period",
    ),
    (
        re.compile(
            r"\bfield\s?work\b(?!\s+(?:\w+\s+){0,6}?(?:follows|will\s+follow|comes\s+next|is\s+next|begins\s+after|starts\s+after))"
            r"|\bmid[\s\-]audit\b"
            r"|\b(?:CPA\s+firm|auditors?|audit\s+firm)\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:examining|testing|auditing|reviewing)\b|\bauditors?\s+(?:is|are)\s+(?:now\s+)?(?:testing|reviewing|on\s+site)"
            r"|\b(?:examination|audit|attestation)\s+(?:is\s+|are\s+)?(?:now\s+|currently\s+)?(?:underway|under\s+way|being\s+(?:conducted|performed))",
            CI,
        ),
        "fieldwork",
    ),
    (
        re.compile(
            r"\b(?:engaged|retained|hired|selected|signed\s+with)\s+(?:an?\s+|our\s+|the\s+)?(?:independent\s+|licensed\s+)*"
            r"(?:auditors?|CPA\s+firm|audit\s+firm|firm|assessor)"
            r"|\b(?:auditors?|CPA\s+firm|audit\s+firm)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?:engaged|retained|selected|hired)"
            r"|\bworking\s+with\s+(?:an?\s+|our\s+|the\s+)?(?:independent\s+|licensed\s+)*(?:CPA\s+firm|auditors?|audit\s+firm)"
            r"|\bsigned\s+(?:an?\s+|our\s+|the\s+)?engagement(?:\s+letter)?\b|\bengagement\s+letter\s+(?:is\s+|was\s+|has\s+been\s+)?signed",
            CI,
        ),
        "engaged",
    ),
    (
        re.compile(
            r"\breadiness\b|\bgap\s+(?:assessment|analysis)\b|\bpreparing\s+for\b|\bin\s+preparation\s+for\b"
            r"|\bgetting\s+ready\s+for\b|\bpre[\s\-]audit\b|\bprep\b|\bpreparation\b",
            CI,
        ),
        "readiness",
    ),
    (
        re.compile(
            r"\b(?:in\s+progress|underway|under\s+way|working\s+(?:toward|towards|on)|pursuing|in\s+the\s+process\s+of"
            r"|on\s+(?:our|the|a)\s+(?:way|path|journey|road)\s+to|journey|on\s+track|undergoing|going\s+through"
            r"|ongoing|progressing|have\s+(?:started|begun|kicked\s+off|initiated)|started\s+our|begun\s+our"
            r"|kicked\s+off|initiated|currently\s+(?:in|completing|undergoing)|in\s+the\s+(?:middle|midst)\s+of"
            r"|halfway\s+through|nearing\s+completion|well\s+underway|deep\s+into|busy\s+with|about\s+halfway"
            r"|being\s+(?:audited|examined|assessed|tested)"
            r"|(?:audit|examination|period|window|process|program|programme|work)\s+(?:has\s+|have\s+|is\s+)?(?:not\s+)?(?:yet\s+)?"
            r"(?:started|begun|commenced|kicked\s+off))\b",
            CI,
        ),
        None,
    ),
)

PLANNED = re.compile(
    r"\b(?:plans?\s+(?:to|for|on)|planned|planning\s+(?:to|for|on)|will|shall|won['’]t"
    r"|['’]ll|intend(?:s|ed)?\s+to|aim(?:s|ing)?\s+(?:to|for)|scheduled\s+(?:for|to|in)|slated\s+for"
    r"|expect(?:s|ing)?\s+to|(?:is|are)\s+expected|targeting|target(?:s|ed)?\s+(?:for|to)|on\s+(?:our|the)\s+roadmap"
    r"|roadmap|coming\s+soon|upcoming|next\s+(?:year|quarter)|later\s+this\s+year|going\s+to|looking\s+to"
    r"|seeking|set\s+to|due\s+(?:in|by|to|on|for)|anticipate[sd]?|committed\s+to\s+(?:achieving|obtaining|completing)"
    r"|expect(?:s|ing)?\s+(?:our|the|a|an|it|to)|should\s+(?:land|arrive|be\s+(?:ready|issued|available|out|done))"
    r"|(?:can|could)\s+(?:get|send|deliver|provide)\s+(?:you|it|them|over|the|our)"
    r"|(?:period|window|audit|examination|fieldwork)\s+(?:begins|starts|opens|kicks\s+off)"
    r"|(?:are|['’]re|am|is)\s+getting|use\s+(?:\w+\s+){0,3}efforts\s+to)\b",
    CI,
)

# -- wording judged on its own --------------------------------------------------------------------
CLEAN_OPINION = re.compile(
    r"\b(?:clean\s+(?:report|opinion|audit|bill)|no\s+exceptions|zero\s+exceptions|without\s+(?:any\s+)?exceptions"
    r"|unqualified|flawless|perfect\s+(?:score|report|audit)|flying\s+colou?rs|spotless|no\s+findings"
    r"|zero\s+findings|passed\s+with\s+no)\b",
    CI,
)
VAGUE = re.compile(
    r"\b(?:coming\s+soon|in\s+the\s+works|on\s+the\s+way|around\s+the\s+corner|soon|SOC[\s\-]?2[\s\-]ready"
    r"|ready\s+for\s+SOC[\s\-]?2|in\s+the\s+pipeline)\b",
    CI,
)
PLATFORM = re.compile(
    r"\b(?:vanta|drata|secureframe|sprinto|thoropass|scrut|hyperproof|laika|tugboat|strike\s?graph"
    r"|compliance[\s\-](?:platform|dashboard|automation|software|tool)|trust\s+(?:center\s+)?dashboard"
    r"|dashboard)\b",
    CI,
)
READINESS_AS_AUDIT = re.compile(
    r"\b(?:readiness|gap|pre|mock)[\s\-](?:assessment|analysis|audit)?\s*(?:audit|certif\w*|attestation|opinion)\b"
    r"|\b(?:passed|cleared|aced)\s+(?:our|the|a)\s+(?:SOC[\s\-]?2\s+)?(?:readiness|gap)\b",
    CI,
)
CURRENT = re.compile(
    r"\b(?:current|latest|up[\s\-]to[\s\-]date|valid|active|this\s+year['’]s|most\s+recent|recent)\b",
    CI,
)
PERIOD_NAMED = re.compile(
    r"\bfor\s+the\s+period\b|\bcovering\b|\bperiod\s+(?:from|of|ending|ended)\b|\b(?:19|20)\d\d\b|\bas\s+of\b",
    CI,
)
NON_CPA_ISSUER = re.compile(
    r"\b(?:certificate|report|attestation)\s+(?:from|issued\s+by|by|signed\s+by)\s+(?:vanta|drata|secureframe|sprinto"
    r"|thoropass|scrut|our\s+(?:consultant|compliance\s+platform|platform))\b",
    CI,
)

STYLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("soc-ii", re.compile(r"\bSOC[\s\-]?II\b", CI)),
    ("soc-hyphen-or-joined", re.compile(r"\bSOC(?:-2|2)\b", CI)),
    ("ssae-16", re.compile(r"\bSSAE[\s\-]?16\b", CI)),
    ("aicpa-soc2", re.compile(r"\bAICPA\s+SOC[\s\-]?(?:2|II)\b", CI)),
    (
        "licensed-by-aicpa",
        re.compile(r"\b(?:licen[cs]ed|certified|accredited)\s+by\s+(?:the\s+)?AICPA\b", CI),
    ),
    ("soc2-verb", re.compile(r"\bSOC[\s\-]?2['’]?(?:d|ed)\b|\bSOC[\s\-]?2s\b", CI)),
)

# -- what changes the meaning ----------------------------------------------------------------------
NEGATION = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|no\s+one|neither|nor|without|cannot|lacks?|lacking|yet\s+to"
    r"|no\s+longer|far\s+from|absence\s+of|short\s+of|rather\s+than|instead\s+of)\b"
    r"|n['’]t\b",
    CI,
)
NOT_NEGATION = re.compile(
    r"\bnot\s+(?:only|just|merely|waiting)\b|\bno\s+(?:matter|doubt|surprise|exceptions|findings|issues|gaps"
    r"|deviations|hassle)\b|\bwithout\s+(?:any\s+)?(?:exceptions|findings|the\s+hassle|hassle)\b"
    r"|\bno\s+(?:longer\s+)?need\b",
    CI,
)
MENTION = re.compile(
    r"\bthe\s+(?:phrase|term|word|words|label|claim|expression|wording|words)\b|\bso[\s\-]called\b"
    r"|\bthe\s+(?:\w+\s+)?(?:sentence|phrase|phrasing|template|sample\s+answer|answer|reply|response|wording)\s+(?:is|reads|would\s+be)\b"
    r"|\bthe\s+(?:\w+\s+)?(?:sentence|phrase|phrasing|template|sample\s+answer)\b"
    r"|\b(?:sentences?|phrases?|words|text|pages?|copy|wording)\s+that\s+(?:claims?|says?|asserts?|implies|imply)\b"
    r"|\b(?:wrote|writes|write|written|talks?|talked|blogged|posted|spoke|speaks)\s+about\b"
    r"|\bis\s+(?:worthless|meaningless|useless|fake|bogus|invalid|a\s+scam|not\s+worth)\b"
    r"|\b(?:phrases?|claims?|words?|wording|language|terms?)\s+(?:like|such\s+as)\b"
    r"|\bis\s+(?:never|not)\s+(?:accurate|correct|true|right|valid|appropriate|a\s+thing|possible|real)\b"
    r"|\bis\s+a\s+misnomer\b|\bmeans\b|\brefers?\s+to\b|\bstands\s+for\b|\bwhat\s+(?:is|does|are)\b"
    r"|\bno\s+such\s+(?:thing|document|certificate|certification)\b|\bdo(?:es)?\s*(?:not|n['’]t)\s+exist\b"
    r"|\bmisleading\b|\bred\s+flags?\b|\bmyths?\b|\bmisconceptions?\b|\b(?:banned|forbidden|prohibited)\b"
    r"|\binstead\s+of\s+saying\b|\brather\s+than\s+saying\b|\bclaim(?:s|ed|ing)?\s+(?:to\s+be|that|they)\b"
    r"|\bfor\s+example\b|\be\.g\.|\bsuch\s+as\s+[“\"]|\[[a-z ,/]+\]"
    r"|\bsay(?:s|ing)?\s+(?=SOC|[“\"'‘])|(?:^|,\s+|\bthen\s+)say\s+(?:that\s+)?(?:the|you|your|our|we)\b|\bwhen\s+(?:they|you|people|we)\s+mean\b|\bcall(?:s|ed|ing)?\s+it\b",
    CI,
)
PROHIBITION = re.compile(
    r"\b(?:never|don['’]t|do\s+not|avoid|stop|can['’]t|cannot|shouldn['’]t|should\s+not|mustn['’]t|must\s+not)"
    r"\s+(?:\w+\s+)?(?:say|saying|write|writing|use|using|call|calling|claim|claiming|describe|describing|advertise)\b",
    CI,
)
LEAD_IN_MENTION = re.compile(
    r"\b(?:never|avoid|don['’]t|do\s+not|banned|forbidden|wrong|red\s+flags?|not\s+to|mistakes?|myths?"
    r"|instead\s+of|misleading|overclaims?|bad)\b",
    CI,
)
GENERIC_SUBJECT = re.compile(
    r"^\s*(?:(?:a|an|any|each|every|the)\s+)?(?:SOC[\s\-]?(?:2|II)(?:\s+Type\s+(?:II|I|1|2))?)\s*(?:reports?|examinations?|audits?|attestations?)?"
    r"\s+(?:(?:is|are|was)\s+(?:an?|the|not|only|never|issued|performed|based|meant|designed|defined|restricted"
    r"|shared|intended|used|one|typically|usually|generally|often|always|what|how|different|similar)"
    r"|means|examines|covers|evaluates|describes|contains|requires|includes|consists|focuses|assesses|can|cannot"
    r"|takes|typically|usually|generally|only|must|tests|reports|looks|gives|shows|differs|says|needs)\b"
    r"|^\s*(?:only\s+)?(?:a\s+)?licensed\s+CPA\s+firms?\b|^\s*(?:unlike|like)\b",
    CI,
)
QUESTION_START = re.compile(
    r"^\s*(?:can|could|do|does|did|is|are|was|were|should|will|would|have|has|what|when|how|why|which|who)\b",
    CI,
)
INDIRECT_QUESTION = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question\s+of|want\s+to\s+know|find\s+out|check(?:s|ing)?)\b"
    r"[^.]{0,40}?\b(?:whether|if)\b|\bwhether\s+(?:you|they|the\s+vendor|a\s+vendor|your)\b",
    CI,
)
CONDITIONAL_START = re.compile(
    r"^\s*(?:if|once|unless|as\s+soon\s+as|until|assuming|in\s+case|should\s+\w+\s+\w+|provided\s+that|when)\b",
    CI,
)
HYPOTHETICAL = re.compile(
    r"\b(?:if|once|whenever|as\s+soon\s+as|until|unless|assuming|suppose|supposing|imagine|in\s+case|would|could"
    r"|might|in\s+the\s+event|the\s+day\s+(?:the|our|we|it)|should\s+(?:we|you|they)\s+(?:become|get|be|obtain))\b"
    r"|\bmay\s+(?:become|be|get|obtain|pursue|achieve|eventually)\b|^\s*should\s+(?:our|the|we|you|they|it|a|any)\b"
    r"|\bwhile\s+(?:the|a|an|any|your)\b|\bwhen\s+(?:we|you|they|the|our|it|a|your)\b|\bafter\s+(?:we|you|they|the\s+report|our\s+report)\b"
    r"|\bbefore\s+(?:the|our|a|any|your)\s+(?:\w+\s+){0,2}?(?:report|examination|audit|opinion)\b",
    CI,
)

# -- whose status it is ------------------------------------------------------------------------------
FIRST_PERSON = re.compile(r"\b(?:we|our|us|ours|I|my|we['’](?:re|ve|ll|d))\b", CI)
SECOND_PERSON = re.compile(r"\b(?:you|your|you['’](?:re|ve|ll|d))\b", CI)
THIRD_PARTY_NOUNS = re.compile(
    r"\b(?:competitors?|providers?|vendors?|suppliers?|sub[\s\-]?processors?|partners?|processors?|hosted\s+(?:on|in|with|by)"
    r"|data\s*cent(?:er|re)s?|facilit(?:y|ies)|colocation|third[\s\-]part(?:y|ies))\b"
    r"|\b(?:the|a|an|their|its|this|that)\s+(?:\w+\s+)?(?:cloud|infrastructure|hosting|platform|host)\b",
    CI,
)
THIRD_PARTY_BRANDS = re.compile(
    r"\b(?:AWS|Amazon(?:\s+Web\s+Services)?|Azure|Microsoft|Google(?:\s+Cloud)?|GCP|Stripe|Salesforce|Cloudflare"
    r"|Snowflake|Okta|Heroku|DigitalOcean|Vercel|Netlify|Twilio|SendGrid|Auth0|MongoDB|Atlassian|GitHub|GitLab"
    r"|Slack|Zoom|Datadog|Fastly|Akamai|Oracle|IBM|Rackspace|Equinix|Linode|Supabase|Zendesk|HubSpot|Workday"
    r"|ServiceNow|Shopify|PayPal|Plaid|Segment|Intercom|Mailchimp|Dropbox|DocuSign|OpenAI|Databricks)\b"
)
THIRD_PARTY_AFTER = re.compile(
    r"^[ \-]*(?:\w+[ \-]+){0,2}?(?:data\s*cent(?:er|re)s?|providers?|vendors?|partners?|sub[\s\-]?processors?"
    r"|suppliers?|facilit(?:y|ies)|processors?)\b",
    CI,
)
SUBJECT_PRONOUN = re.compile(
    r"\b(?:we|I|we['’](?:re|ve|ll|d))\b(?!\s+(?:use|rely|work|partner|chose|selected|trust|host|run)\b)",
    CI,
)
RELATIVE_START = re.compile(r"^\s*(?:which|that|who|whose)\b", CI)
OTHER_PRONOUN = re.compile(r"\b(?:they|their|them|he|she|his|her)\b", CI)
GENERIC_PEOPLE = re.compile(
    r"(?:^\s*|\b(?:a|an|the|most|many|some|every|all|your|their|enterprise|large)\s+)(?:\w+\s+)?"
    r"(?:buyers?|customers?|clients?|reviewers?|prospects?|enterprises?|people|everyone|anyone|companies"
    r"|startups|organi[sz]ations|businesses|firms|auditors?|regulators?|procurement|teams?)"
    r"\s+(?:\w+\s+)?(?:will|would|often|usually|may|might|can|expect|ask|asks|want|wants|need|needs|use|uses"
    r"|require|requires|rely|review|read|know|wait|care|demand|look|typically|increasingly|sometimes)\b",
    CI,
)

# -- dates -------------------------------------------------------------------------------------------
MONTH = (
    _words(
        "jan(?:uary)?",
        "feb(?:ruary)?",
        "mar(?:ch)?",
        "apr(?:il)?",
        "may",
        "june?",
        "july?",
        "aug(?:ust)?",
        "sep(?:t(?:ember)?)?",
        "oct(?:ober)?",
        "nov(?:ember)?",
        "dec(?:ember)?",
    )
    + r"\.?"
)
WEEKDAY = _words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
HARD_DATE = re.compile(
    rf"\b(?:on|by|before|no\s+later\s+than|until)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|\b(?:on|by|before|no\s+later\s+than)\s+{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b(?:on|by|before|no\s+later\s+than)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
    rf"|\b(?:on|by|before|this|next|until)\s+(?:this\s+|next\s+)?{WEEKDAY}\b|\btomorrow\b|\bby\s+(?:EOD|COB|end\s+of\s+(?:day|business))\b"
    rf"|\b(?:on|by|before)\s+(?:19|20)\d\d-\d\d-\d\d\b|\b(?:on|by|before)\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|\b(?:in|within)\s+(?:\d+|one|two|three|four|five|six|seven|ten)\s+(?:business\s+|working\s+)?days\b",
    CI,
)
SOFT_DATE = re.compile(
    rf"\b(?:in|by|after|before|around|during|until|from|end\s+of|early|mid|late)\s+(?:the\s+end\s+of\s+)?{MONTH}(?:\s+(?:19|20)\d\d)?\b"
    rf"|\b{MONTH}\s+(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th|next|this)\s+quarter\b"
    r"|\bH[12]\b|\b(?:first|second)\s+half\b"
    r"|\b(?:after|once|when)\s+the\s+(?:\w+\s+)?(?:period|window)\s+(?:closes|ends|is\s+over)\b"
    r"|\b(?:early|mid|late|end\s+of|later\s+this|next|this|in)\s+(?:the\s+)?(?:year|spring|summer|fall|autumn|winter|(?:19|20)\d\d)\b"
    r"|\b(?:in|within)\s+(?:\d+|a\s+few|two|three|four|six|several)\s+(?:weeks|months)\b"
    r"|\bby\s+(?:19|20)\d\d\b",
    CI,
)
FUTURE = re.compile(
    r"\b(?:will|shall|expect(?:s|ed|ing)?|anticipate[sd]?|scheduled|plan(?:s|ned)?|targeting|target(?:ed)?|due"
    r"|coming|on\s+track|going\s+to|aim(?:s|ing)?|ETA|estimated|projected|upcoming|deliver(?:ed)?|arrive|land"
    r"|set\s+for|slated|ready|should\s+(?:have|be|arrive)|next|starts|begins|opens|closes|ends|lands|arrives"
    r"|intend(?:s|ed)?|hope|want|start|begin)\b"
    r"|['’]ll\b",
    CI,
)
