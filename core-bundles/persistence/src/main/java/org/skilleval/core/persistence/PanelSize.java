package org.skilleval.core.persistence;

/**
 * A panel as a list of candidates shows it: which panel judges an occupation of a participation,
 * and how many experts sit on it; read from the seats alone, without the panel's members.
 */
public record PanelSize(long panelId, long participationId, String occupation, int members) {}
