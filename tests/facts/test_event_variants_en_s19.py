"""English event variants, session 19: variants of the English events missed blind on heldout11 …
heldout18 (the sentences studied afterwards), each rewritten 4-6 ways (voice, tense, agency, date,
verb, background). The passive was the construction that failed across most sources; one of its
gaps is widened here, tested on sentences written for these tests, with near-misses that must not
fire:

* permits granted in the passive, the granting body after "by": "A type certificate was granted to
  the … engine by the CAAC on Wednesday", "Written confirmations were issued to 23 more plants by
  the NMPA", or the recipients the subject, "The four carriers were granted licences to use … by the
  MIIT" (not "will be granted", not a foreign body's, not a university's or a company's);
"""
from __future__ import annotations

import pytest

from event_helpers import events


def _found(text, type_):
    return [(e.date, e.agency.split(";")[0]) for e in events(text) if e.type == type_]


# --- permits granted, in the passive ------------------------------------------------------------
@pytest.mark.parametrize("text,date,agency", [
    ("A type certificate was granted to the AG700 turboprop by the Civil Aviation Administration of China on "
     "Wednesday.", "2024-11-06", "CAAC"),
    ("Production licences were issued to 16 more drug makers by the NMPA on Tuesday, allowing them to export.",
     "2024-11-05", "NMPA"),
    ("Type-approval certificates for three new locomotive models were granted by the National Railway "
     "Administration on Monday.", "2024-11-04", "National Railway Administration"),
    ("China Mobile and China Unicom were granted licences to run satellite direct-to-phone services by the MIIT "
     "on Thursday.", "2024-11-07", "MIIT"),
    ("Nine more electric van models have been granted product access by the MIIT, the ministry said on Thursday.",
     "2024-11-07", "MIIT"),
    ("The first commercial licences for flying taxis were awarded to two startups on Monday by the CAAC.",
     "2024-11-04", "CAAC"),
])
def test_permits_granted_in_the_passive(text, date, agency):
    assert [(d[:len(date)], a) for d, a in _found(text, "approval")] == [(date, agency)]


@pytest.mark.parametrize("text", [
    # (a plan: not yet granted)
    "Licences will be granted to the four carriers by the MIIT next month.",
    # (a foreign body's permits)
    "Type certificates were granted to two Comac jets by the European Union Aviation Safety Agency on Wednesday.",
    # (no government body: a university's, a company's)
    "Certificates were issued to 300 graduates by the university on Wednesday.",
    "Approvals were issued to 12 suppliers by the carmaker on Wednesday.",
    # (a company tells of its own permit)
    "Xiaomi said on Monday it had been granted a licence for its new phone by the MIIT.",
    # (a certificate of honour, no permit)
    "Certificates of merit were awarded to 30 companies by the MIIT on Wednesday.",
])
def test_permits_in_the_passive_near_misses(text):
    assert _found(text, "approval") == []
