"""The country a CV's location names (ISO 3166 region code), for reading phone numbers
written without their country code ("Pune, Maharashtra" -> IN, "Austin, TX" -> US)."""

from __future__ import annotations

import re

#: the region assumed when the location names no known country, state or province
DEFAULT_REGION = "US"

_COUNTRIES = {
    "united states": "US",
    "usa": "US",
    "u.s.a": "US",
    "u.s": "US",
    "united states of america": "US",
    "india": "IN",
    "united kingdom": "GB",
    "uk": "GB",
    "u.k": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "ireland": "IE",
    "canada": "CA",
    "australia": "AU",
    "new zealand": "NZ",
    "germany": "DE",
    "deutschland": "DE",
    "france": "FR",
    "spain": "ES",
    "españa": "ES",
    "portugal": "PT",
    "italy": "IT",
    "italia": "IT",
    "netherlands": "NL",
    "the netherlands": "NL",
    "belgium": "BE",
    "switzerland": "CH",
    "austria": "AT",
    "sweden": "SE",
    "norway": "NO",
    "denmark": "DK",
    "finland": "FI",
    "iceland": "IS",
    "poland": "PL",
    "czech republic": "CZ",
    "czechia": "CZ",
    "slovakia": "SK",
    "hungary": "HU",
    "romania": "RO",
    "bulgaria": "BG",
    "greece": "GR",
    "turkey": "TR",
    "türkiye": "TR",
    "ukraine": "UA",
    "russia": "RU",
    "serbia": "RS",
    "croatia": "HR",
    "slovenia": "SI",
    "estonia": "EE",
    "latvia": "LV",
    "lithuania": "LT",
    "luxembourg": "LU",
    "malta": "MT",
    "cyprus": "CY",
    "israel": "IL",
    "united arab emirates": "AE",
    "uae": "AE",
    "dubai": "AE",
    "abu dhabi": "AE",
    "saudi arabia": "SA",
    "qatar": "QA",
    "kuwait": "KW",
    "bahrain": "BH",
    "oman": "OM",
    "jordan": "JO",
    "lebanon": "LB",
    "egypt": "EG",
    "morocco": "MA",
    "tunisia": "TN",
    "algeria": "DZ",
    "nigeria": "NG",
    "ghana": "GH",
    "kenya": "KE",
    "uganda": "UG",
    "tanzania": "TZ",
    "ethiopia": "ET",
    "zambia": "ZM",
    "zimbabwe": "ZW",
    "south africa": "ZA",
    "pakistan": "PK",
    "bangladesh": "BD",
    "sri lanka": "LK",
    "nepal": "NP",
    "bhutan": "BT",
    "china": "CN",
    "hong kong": "HK",
    "taiwan": "TW",
    "japan": "JP",
    "south korea": "KR",
    "korea": "KR",
    "singapore": "SG",
    "malaysia": "MY",
    "indonesia": "ID",
    "philippines": "PH",
    "thailand": "TH",
    "vietnam": "VN",
    "viet nam": "VN",
    "mexico": "MX",
    "méxico": "MX",
    "brazil": "BR",
    "brasil": "BR",
    "argentina": "AR",
    "chile": "CL",
    "colombia": "CO",
    "peru": "PE",
    "venezuela": "VE",
    "ecuador": "EC",
    "uruguay": "UY",
    "costa rica": "CR",
    "puerto rico": "PR",
    "jamaica": "JM",
    "trinidad and tobago": "TT",
}
_INDIAN_STATES = (
    "andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|"
    "himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|"
    "mizoram|nagaland|odisha|orissa|punjab|rajasthan|sikkim|tamil nadu|telangana|tripura|"
    "uttar pradesh|uttarakhand|west bengal|delhi|new delhi|jammu and kashmir|ladakh|"
    "puducherry|pondicherry|chandigarh|andaman and nicobar islands|dadra and nagar haveli|"
    "daman and diu|lakshadweep"
)
_US_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|"
    "georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
    "massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|"
    "new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|"
    "oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|"
    "vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia"
)
_US_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_CANADIAN = (
    "ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|"
    "new brunswick|newfoundland and labrador|prince edward island|yukon"
)
_CANADIAN_CODES = "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU"
_AUSTRALIAN = "new south wales|victoria|queensland|tasmania|nsw|vic|qld"

_PLACES: dict[str, str] = dict(_COUNTRIES)
for _names, _region in (
    (_INDIAN_STATES, "IN"),
    (_US_STATES, "US"),
    (_CANADIAN, "CA"),
    (_AUSTRALIAN, "AU"),
):
    _PLACES.update(dict.fromkeys(_names.split("|"), _region))
_CODES = {
    **dict.fromkeys(_US_STATE_CODES.split("|"), "US"),
    **dict.fromkeys(_CANADIAN_CODES.split("|"), "CA"),
}


def region_of(location: str | None) -> str:
    """The region of a "City, State[, Country]" location: the last part that names a country,
    a state or a province decides; two upper-case letters are a US state or a Canadian
    province code. ``DEFAULT_REGION`` when none does."""
    if not location:
        return DEFAULT_REGION
    parts = [p.strip(" .") for p in re.split(r"[,|/\-\u2013]+", location) if p.strip(" .")]
    for part in reversed(parts):
        words = re.sub(r"\s+\d{4,6}$", "", part)  # "Pune 411001"
        region = _PLACES.get(words.lower())
        if region is None and re.fullmatch(r"[A-Z]{2}", words):
            region = _CODES.get(words)
        if region is not None:
            return region
    return DEFAULT_REGION
