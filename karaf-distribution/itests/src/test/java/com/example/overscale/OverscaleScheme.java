package com.example.overscale;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A faulty enterprise scheme, for ResultScaleIT only (packed into a bundle by the test, never
 * shipped): it declares the hundred-point scale and answers 852, as the black-box tester's plugin
 * did. The platform must refuse its answer rather than store or rank it.
 */
public class OverscaleScheme implements ScoringScheme {

    public static final String ID = "acme-overscale";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("超出满分的评分办法（测试用）", "A scheme answering beyond its scale (test only)");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("总是给出 852 分（满分 100）", "Always answers 852 on a scale of 100");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
        return List.of();
    }

    @Override
    public FinalResult combine(List<MethodResult> results, Parameters configuration) {
        return new FinalResult(BigDecimal.valueOf(852), true, List.of(LocalizedText.of("852 分", "852 points")));
    }
}
