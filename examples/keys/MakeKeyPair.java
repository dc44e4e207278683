// Lager et nøkkelpar for en Maskinporten-klient (bare JDK 17) og skriver ut den offentlige nøkkelen som JWK.
// Den private nøkkelen blir liggende i privat.pem (PKCS#8) og skal aldri sendes til noen.
//
//   java MakeKeyPair.java [mappe]
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

public class MakeKeyPair {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();

        // Bare eieren kan lese den private nøkkelen (rw-------).
        Path privatePem = Files.createFile(dir.resolve("privat.pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded());
        Files.writeString(privatePem, "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");

        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        String n = base64url(publicKey.getModulus());
        String e = base64url(publicKey.getPublicExponent());
        // kid = RFC 7638-tommelavtrykket: SHA-256 av {"e","kty","n"} i den rekkefølgen, som base64url.
        String canonical = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        String kid = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        String jwk = "{\"kty\":\"RSA\",\"e\":\"" + e + "\",\"n\":\"" + n + "\",\"kid\":\"" + kid
                + "\",\"alg\":\"RS256\",\"use\":\"sig\"}";
        Files.writeString(dir.resolve("offentlig.jwk.json"), jwk + "\n");
        System.out.println(jwk);
        System.err.println("kid: " + kid + " – registrer offentlig.jwk.json på klienten; privat.pem beholder dere selv.");
    }

    /** Et positivt heltall som base64url uten fortegnsbyte og uten utfylling (RFC 7518 §6.3.1). */
    private static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
