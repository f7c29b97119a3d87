package org.skilleval.core.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Dictionary;
import java.util.Hashtable;
import org.junit.jupiter.api.Test;

class ConfigurationCodecTest {

    @Test
    void valuesKeepTheirTypesFromOneNodeToTheNext() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("passLine", 75);
        properties.put("label", "加权求和 \"quoted\"\nsecond line");
        properties.put("weights", new String[] {"0.3", "0.7"});
        properties.put("strict", Boolean.TRUE);

        Dictionary<String, Object> decoded = ConfigurationCodec.decode(ConfigurationCodec.encode(properties));

        assertEquals(75, decoded.get("passLine"));
        assertEquals("加权求和 \"quoted\"\nsecond line", decoded.get("label"));
        assertArrayEquals(new String[] {"0.3", "0.7"}, (String[]) decoded.get("weights"));
        assertEquals(Boolean.TRUE, decoded.get("strict"));
    }

    @Test
    void theSameConfigurationIsTheSameTextOnEveryNodeWithoutWhereItLives() {
        Hashtable<String, Object> here = new Hashtable<>();
        here.put("b", "2");
        here.put("a", "1");
        here.put("service.pid", "org.skilleval.plugin.veto");
        here.put("felix.fileinstall.filename", "file:/node-a/etc/org.skilleval.plugin.veto.cfg");
        Hashtable<String, Object> there = new Hashtable<>();
        there.put("a", "1");
        there.put("b", "2");
        there.put("felix.fileinstall.filename", "file:/node-b/etc/org.skilleval.plugin.veto.cfg");

        String text = ConfigurationCodec.encode(here);

        assertEquals(text, ConfigurationCodec.encode(there));
        assertNull(ConfigurationCodec.decode(text).get("service.pid"));
        assertEquals(ConfigurationCodec.encode(here), ConfigurationCodec.encode(ConfigurationCodec.decode(text)));
    }
}
