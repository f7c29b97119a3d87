package org.skilleval.core.accounts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval accounts",
        description = "Password hashing and sign-in throttling of the accounts kept in the database")
public @interface AccountsConfiguration {

    String PID = "org.skilleval.core.accounts";

    @AttributeDefinition(
            name = "bcrypt cost",
            description = "log2 of bcrypt's rounds for passwords people choose; 10 = 1024 rounds,"
                    + " about 60-90 ms per check on a 2-core machine. Each step doubles the time.",
            min = "4",
            max = "16")
    int passwordHashCost() default 10;

    @AttributeDefinition(
            name = "Failures per account",
            description = "Failed sign-ins of one user name within the window before further attempts are refused",
            min = "1")
    int maxFailuresPerAccount() default 5;

    @AttributeDefinition(
            name = "Failures per address",
            description = "Failed sign-ins from one client address within the window before it is refused",
            min = "1")
    int maxFailuresPerAddress() default 50;

    @AttributeDefinition(
            name = "Window (minutes)",
            description = "How long a failure counts; a refused user name or address may try again once"
                    + " its oldest counted failure is this old",
            min = "1")
    int failureWindowMinutes() default 15;
}
