"""Patterns several parts of the parser share: contacts (e-mail, links), words that mark
a job title or an organisation, a "City, Region" location. Phone numbers are found and
validated by ``phonenumbers`` (see ``contacts.find_phone``)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,24}")
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')]+|(?:linkedin\.com|github\.com)/[^\s<>\"')]+"
    # Indeed profile links; the id is often wrapped onto the next line by the PDF conversion
    r"|indeed\.com/r/[^\s<>\"')/]+(?:(?<=-)\s*\n\s*[^\s<>\"')/]+)?/"
    r"(?:[0-9a-f]{8,}|\s*\n\s*[0-9a-f]{8,})?",
    re.I,
)
ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|consultant|intern|trainee|assistant|director|lead|"
    r"officer|executive|specialist|associate|coordinator|administrator|architect|designer|"
    r"teacher|lecturer|professor|nurse|chef|cook|accountant|auditor|clerk|representative|"
    r"supervisor|head|president|vp|ceo|cto|cfo|founder|owner|partner|advisor|adviser|tester|"
    r"programmer|scientist|technician|operator|agent|sales\s*man|recruiter|trainer|instructor|"
    r"tutor|attorney|advocate|lawyer|paralegal|pilot|mechanic|driver|secretary|receptionist|"
    r"cashier|banker|planner|buyer|merchandiser|editor|writer|writer|photographer|therapist|"
    r"pharmacist|physician|doctor|surgeon|worker|member|volunteer|fellow|researcher|expert|"
    r"strategist|controller|counsel|leader|staff|sde|dba|qa|hr|generalist|apprentice|"
    r"captain|steward|attendant|server|waiter|bartender|host|hostess|coach|foreman|"
    r"superintendent|inspector|surveyor|estimator|draftsman|draughtsman|electrician|welder|"
    r"plumber|carpenter|farmer|agronomist|stylist|artist|producer|journalist|reporter)s?\b",
    re.I,
)
ORG_WORDS = re.compile(
    r"\b(ltd|limited|inc|llc|llp|plc|pvt|private|corp|corporation|company|co\.|group|"
    r"technologies|technology|solutions|services|systems|software|consulting|consultancy|"
    r"labs?|bank|hospital|clinic|university|college|school|institute|academy|agency|"
    r"associates|partners|enterprises?|industries|international|global|foundation|trust|"
    r"infotech|infosys|tech|networks|media|studios?|restaurant|hotel|airlines?|motors|"
    r"pharma|pharmaceuticals|healthcare|insurance|finance|financial|capital|holdings|ventures|"
    r"gmbh|s\.a\.|ag|bv|department|ministry|council|government|authority|club|center|centre)\b",
    re.I,
)


LOCATION = re.compile(
    r"^[A-Z][A-Za-z.\- ]{1,30},\s*[A-Z][A-Za-z.\- ]{1,30}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?"
    r"(?:\s+\d{5,6})?$"
)
