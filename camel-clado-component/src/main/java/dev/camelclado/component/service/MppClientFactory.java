package dev.camelclado.component.service;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import dev.camelclado.component.CladoConfiguration;
import dev.camelclado.component.CladoConfigurationException;
import dev.camelclado.mpp.MppClient;
import dev.camelclado.mpp.ledger.PaymentLedger;
import dev.camelclado.mpp.policy.PaymentPolicy;
import dev.camelclado.mpp.policy.SpendingBudget;
import dev.camelclado.mpp.tempo.GasSettings;
import dev.camelclado.mpp.tempo.GasSource;
import dev.camelclado.mpp.tempo.GasSources;
import dev.camelclado.mpp.tempo.TempoNetworks;
import dev.camelclado.mpp.wallet.Wallet;
import dev.camelclado.mpp.wallet.Wallets;

/**
 * Builds the paying client of an mpp-mode endpoint from its options, refusing (with the option's name) anything
 * that cannot work: no wallet, a bad key, an http gateway that is not loopback, an unknown chain.
 */
public final class MppClientFactory {

    private MppClientFactory() {
    }

    public static MppClient create(CladoConfiguration configuration, HttpClient httpClient, PaymentLedger ledger,
            Executor signingExecutor, Executor answerExecutor) {
        try {
            MppClient.checkTarget(URI.create(configuration.getGatewayUrl()), configuration.isAllowInsecureHttp());
        } catch (IllegalArgumentException e) {
            String shown = org.apache.camel.util.URISupport.sanitizeUri(configuration.getGatewayUrl());
            throw new CladoConfigurationException("gatewayUrl", "gatewayUrl '" + shown + "' is not usable: "
                    + String.valueOf(e.getMessage()).replace(configuration.getGatewayUrl(), shown));
        }
        if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new CladoConfigurationException("httpClient", "the httpClient must not follow redirects in mode=mpp:"
                    + " a payment credential would go along to another host");
        }
        GasSettings fixed;
        try {
            fixed = new GasSettings(BigInteger.valueOf(configuration.getGasLimit()),
                    BigInteger.valueOf(configuration.getMaxFeePerGas()), BigInteger.valueOf(configuration.getMaxPriorityFeePerGas()));
        } catch (IllegalArgumentException e) {
            throw new CladoConfigurationException("gasLimit,maxFeePerGas,maxPriorityFeePerGas", e.getMessage());
        }
        return MppClient.builder()
                .httpClient(httpClient)
                .wallet(wallet(configuration))
                .policy(policy(configuration))
                .ledger(ledger)
                .gasSource(gasSource(configuration, fixed))
                .maxPaymentAttempts(Math.max(1, configuration.getMaxPaymentAttempts()))
                .clientId(configuration.getClientId())
                .requestTimeout(Duration.ofMillis(configuration.getRequestTimeout()))
                .signingExecutor(signingExecutor)
                .answerExecutor(answerExecutor)
                .maxResponseSize(configuration.getMaxResponseSize())
                .allowInsecureHttp(configuration.isAllowInsecureHttp())
                .build();
    }

    /**
     * A key or keystore, when given, wins over a wallet bean: the bean may have been autowired from the registry
     * into the component, and must not silently replace the wallet an endpoint names.
     */
    static Wallet wallet(CladoConfiguration configuration) {
        try {
            if (configuration.getWalletPrivateKey() != null && !configuration.getWalletPrivateKey().isBlank()) {
                return Wallets.fromPrivateKey(configuration.getWalletPrivateKey());
            }
            if (configuration.getWalletKeystore() != null) {
                String password = configuration.getWalletKeystorePassword();
                return Wallets.fromKeystore(Path.of(configuration.getWalletKeystore()),
                        password == null ? new char[0] : password.toCharArray());
            }
        } catch (IllegalArgumentException e) {
            throw new CladoConfigurationException(configuration.getWalletPrivateKey() != null ? "walletPrivateKey"
                    : "walletKeystore", "the wallet cannot be loaded: " + e.getMessage());
        }
        if (configuration.getWallet() != null) {
            return configuration.getWallet();
        }
        throw new CladoConfigurationException("walletPrivateKey", "mode=mpp needs a wallet to pay with: set"
                + " walletPrivateKey (secret), or walletKeystore and walletKeystorePassword, or a wallet bean");
    }

    static PaymentPolicy policy(CladoConfiguration configuration) {
        PaymentPolicy.Builder policy = PaymentPolicy.builder().maxAmount(BigInteger.valueOf(configuration.getMaxAmount()));
        Set<Long> chains = new LinkedHashSet<>();
        for (String chain : RequestResolver.splitList(configuration.getAllowedChainIds())) {
            try {
                chains.add(Long.parseLong(chain));
            } catch (NumberFormatException e) {
                throw new CladoConfigurationException("allowedChainIds", "allowedChainIds must be numbers, was '" + chain + "'");
            }
        }
        if (chains.isEmpty()) {
            throw new CladoConfigurationException("allowedChainIds", "allowedChainIds must name at least one chain");
        }
        Map<Long, Set<String>> currencies = new HashMap<>();
        if (configuration.getAllowedCurrencies() != null && !configuration.getAllowedCurrencies().isBlank()) {
            Set<String> tokens = new LinkedHashSet<>(RequestResolver.splitList(configuration.getAllowedCurrencies()));
            chains.forEach(chain -> currencies.put(chain, tokens));
        } else {
            for (Long chain : chains) {
                Set<String> defaults = TempoNetworks.DEFAULT_CURRENCIES.get(chain);
                if (defaults == null) {
                    throw new CladoConfigurationException("allowedCurrencies", "chain " + chain + " has no default token:"
                            + " set allowedCurrencies");
                }
                currencies.put(chain, defaults);
            }
        }
        policy.allowedCurrencies(currencies).allowAnyRecipient(configuration.isAllowAnyRecipient());
        if (configuration.getAllowedRecipients() != null) {
            policy.allowedRecipients(new LinkedHashSet<>(RequestResolver.splitList(configuration.getAllowedRecipients())));
        }
        if (configuration.getBudgetAmount() != null) {
            if (configuration.getBudgetWindow() <= 0 || configuration.getBudgetAmount() < 0) {
                throw new CladoConfigurationException("budgetAmount,budgetWindow", "a budget is a non-negative amount over a"
                        + " positive window");
            }
            policy.budget(new SpendingBudget(BigInteger.valueOf(configuration.getBudgetAmount()),
                    Duration.ofMillis(configuration.getBudgetWindow())));
        }
        try {
            return policy.build();
        } catch (IllegalArgumentException e) {
            throw new CladoConfigurationException("allowedCurrencies,allowedRecipients", "allowedCurrencies and"
                    + " allowedRecipients take comma-separated 0x addresses: " + e.getMessage());
        }
    }

    private static GasSource gasSource(CladoConfiguration configuration, GasSettings fixed) {
        if (configuration.getRpcUrl() == null || configuration.getRpcUrl().isBlank()) {
            return GasSource.fixed(fixed);
        }
        try {
            return GasSources.rpc(configuration.getRpcUrl(), new GasSettings(BigInteger.valueOf(2_000_000),
                    BigInteger.valueOf(100_000_000_000L), BigInteger.ZERO));
        } catch (IllegalStateException e) {
            throw new CladoConfigurationException("rpcUrl", "rpcUrl cannot be used: " + e.getMessage());
        }
    }
}
