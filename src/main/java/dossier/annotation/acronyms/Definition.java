package dossier.annotation.acronyms;

/**
 * An acronym spelled out where it stands: "Economic Community of West African States (ECOWAS)", or
 * "ECOWAS (Economic Community of West African States)".
 *
 * @param acronym  the acronym, in the singular ("NGOs" → "NGO")
 * @param longForm the words it stands for, as written
 * @param start    where the definition starts in its text (the long form or the acronym)
 * @param end      where it ends (after the closing parenthesis)
 */
record Definition(String acronym, String longForm, int start, int end) {

    boolean covers(int from, int to) {
        return from < end && to > start;
    }
}
