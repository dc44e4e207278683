// Henter et token fra Maskinporten med virksomhetssertifikat (x5c) eller en nøkkel registrert på klienten (kid).
// Bare JDK 17, ingen biblioteker.
//
//   CLIENT_ID=<klient-id> KEYSTORE_PATH=virksomhet.p12 KEYSTORE_PASSWORD=... java MaskinportenToken.java
//   CLIENT_ID=<klient-id> MASKINPORTEN_KID=<kid> PRIVATE_KEY_PATH=privat.pem java MaskinportenToken.java
//
// Miljøvariabler:
//   CLIENT_ID                    klient-ID-en fra Samarbeidsportalen (påkrevd)
//   KEYSTORE_PATH                virksomhetssertifikatet som PKCS#12 (.p12/.pfx) med nøkkel og kjede (påkrevd uten kid)
//   KEYSTORE_PASSWORD            passordet til filen (påkrevd uten kid)
//   KEYSTORE_ALIAS               alias for nøkkelen (valgfri; standard er den første nøkkelen i filen)
//   MASKINPORTEN_KID             kid-en til en nøkkel registrert på klienten: signer med den i stedet for sertifikatet
//   PRIVATE_KEY_PATH             den private nøkkelen til MASKINPORTEN_KID (PKCS#8 PEM; påkrevd med MASKINPORTEN_KID)
//   MASKINPORTEN_ENV             test (standard) eller prod
//   SCOPE                        ett eller flere scope med mellomrom (standard skatteetaten:inntektsmottakere)
//   CONSUMER_ORG                 organisasjonsnummeret til kunden, bare når en leverandør henter token på vegne av den
//   MASKINPORTEN_TOKEN_ENDPOINT  overstyrer token-endepunktet
//   MASKINPORTEN_AUDIENCE        overstyrer aud (bare for testing; standard er miljøets utsteder)

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class MaskinportenToken {

    public static void main(String[] args) throws Exception {
        String envName = env("MASKINPORTEN_ENV", "test");
        String issuer;
        switch (envName) {
            case "test" -> issuer = "https://test.maskinporten.no/";
            case "prod" -> issuer = "https://maskinporten.no/";
            default -> {
                System.err.println("Ukjent MASKINPORTEN_ENV: " + envName + ". Bruk test eller prod.");
                System.exit(2);
                return;
            }
        }
        String tokenEndpoint = env("MASKINPORTEN_TOKEN_ENDPOINT", issuer + "token");
        String audience = env("MASKINPORTEN_AUDIENCE", issuer);
        String clientId = required("CLIENT_ID");
        String scope = env("SCOPE", "skatteetaten:inntektsmottakere");
        String consumerOrg = env("CONSUMER_ORG", "");

        // To måter å vise hvem klienten er (velg én, se «Lag et nøkkelpar» på nettstedet):
        //  - MASKINPORTEN_KID satt: en nøkkel dere har registrert på klienten. Headeren får kid, og den private
        //    nøkkelen leses fra PRIVATE_KEY_PATH (PKCS#8 PEM, slik openssl genpkey lager den).
        //  - ellers: virksomhetssertifikatet. Headeren får x5c med hele kjeden fra PKCS#12-filen.
        String kid = env("MASKINPORTEN_KID", "");
        KeyAndHeader signing = kid.isEmpty() ? fromKeystore() : fromRegisteredKey(kid);
        PrivateKey privateKey = signing.privateKey();
        String header = signing.header();

        // Claims: grantet gjelder i 120 sekunder og har en ny jti hver gang.
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder("{")
                .append("\"aud\":").append(json(audience))
                .append(",\"iss\":").append(json(clientId))
                .append(",\"scope\":").append(json(scope))
                .append(",\"iat\":").append(now)
                .append(",\"exp\":").append(now + 120)
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()));
        if (!consumerOrg.isEmpty()) {
            claims.append(",\"consumer_org\":").append(json(consumerOrg));
        }
        claims.append("}");

        Base64.Encoder base64Url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = base64Url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String grant = signingInput + "." + base64Url.encodeToString(signer.sign());

        // Token-forespørselen: et vanlig skjema (application/x-www-form-urlencoded).
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + URLEncoder.encode(grant, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();

        if (response.statusCode() == 200) {
            System.out.println("Token mottatt fra " + tokenEndpoint);
            System.out.println("access_token: " + field(body, "access_token"));
            System.out.println("token_type: " + field(body, "token_type"));
            System.out.println("expires_in: " + field(body, "expires_in"));
            System.out.println("scope: " + field(body, "scope"));
            return;
        }
        String error = field(body, "error");
        if (error != null) {
            System.err.println("Maskinporten svarte med feil: " + error + ": " + field(body, "error_description")
                    + " (HTTP " + response.statusCode() + ")");
        } else {
            System.err.println("Maskinporten svarte med HTTP " + response.statusCode() + ": " + body);
        }
        System.exit(1);
    }

    /** Den private nøkkelen og headeren grantet signeres med. */
    private record KeyAndHeader(PrivateKey privateKey, String header) {}

    /** Nøkkel registrert på klienten: headeren har kid, nøkkelen er en PKCS#8 PEM-fil. */
    private static KeyAndHeader fromRegisteredKey(String kid) throws Exception {
        String pem = Files.readString(Path.of(required("PRIVATE_KEY_PATH")));
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        PrivateKey privateKey = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new KeyAndHeader(privateKey, "{\"alg\":\"RS256\",\"kid\":" + json(kid) + "}");
    }

    /** Virksomhetssertifikatet: privat nøkkel og hele kjeden fra PKCS#12-filen; headeren har x5c. */
    private static KeyAndHeader fromKeystore() throws Exception {
        char[] password = required("KEYSTORE_PASSWORD").toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(required("KEYSTORE_PATH"))) {
            keyStore.load(in, password);
        }
        String alias = env("KEYSTORE_ALIAS", "");
        if (alias.isEmpty()) {
            for (String candidate : Collections.list(keyStore.aliases())) {
                if (keyStore.isKeyEntry(candidate)) {
                    alias = candidate;
                    break;
                }
            }
        }
        PrivateKey privateKey = (PrivateKey) keyStore.getKey(alias, password);
        Certificate[] chain = keyStore.getCertificateChain(alias);
        if (privateKey == null || chain == null) {
            System.err.println("Fant ingen privat nøkkel med sertifikatkjede i " + System.getenv("KEYSTORE_PATH"));
            System.exit(2);
        }

        // Header: alg og x5c (hvert sertifikat som vanlig base64 av DER, virksomhetssertifikatet først).
        List<String> x5c = new ArrayList<>();
        for (Certificate certificate : chain) {
            x5c.add(json(Base64.getEncoder().encodeToString(certificate.getEncoded())));
        }
        String header = "{\"alg\":\"RS256\",\"x5c\":[" + String.join(",", x5c) + "]}";
        return new KeyAndHeader(privateKey, header);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println("Miljøvariabelen " + name + " mangler.");
            System.exit(2);
        }
        return value;
    }

    /** En JSON-streng med anførselstegn, der ", \ og kontrolltegn er escapet. */
    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Leser ett felt (streng eller tall) fra et flatt JSON-svar. Nok for token- og feilsvaret;
     * bruk et JSON-bibliotek (Jackson, Gson) i egen kode.
     */
    private static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))")
                .matcher(body);
        if (!m.find()) {
            return null;
        }
        if (m.group(2) != null) {
            return m.group(2);
        }
        String raw = m.group(1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < raw.length()) {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(next); // \" \\ \/
            }
        }
        return out.toString();
    }
}
