// notation-signer does what the interop tests and the benchmark need of the `notation` CLI, through the
// libraries the CLI is built from (notation-go v1.3.2, notation-core-go v1.3.0): the notation CLI module is
// not served by the Go module proxy reachable here, so it cannot be `go install`ed.
//
//	notation-signer cert   -out DIR -cn NAME [-valid-for 3s]  like `notation cert generate-test NAME`
//	notation-signer sign   -key F -cert F -ref HOST/REPO@sha256:HEX -envelope jws|cose [-expiry 1h] [-user U -password P]
//	notation-signer verify -policy trustpolicy.json -store DIR/truststore -ref HOST/REPO@sha256:HEX [-user U -password P]
//
// `cert` uses notation-core-go's testhelper.GetRSASelfSignedCertTupleWithPK, the function `notation cert
// generate-test` calls (RSA 2048, self-signed, digitalSignature, codeSigning, C=US ST=WA L=Seattle O=Notary
// CN=NAME, valid one day); -valid-for makes the same certificate expire that soon (notation-go refuses to
// sign with an expired certificate, so an expired signature is made by signing, then waiting).
// `sign` is notation.Sign with the generic signer (pushes the signature as a referrer; on a registry without
// the referrers API oras maintains the sha256-<hex> tag). `verify` is notation.Verify with notation-go's
// verifier (the stand-in for `notation verify`).
package main

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/notaryproject/notation-core-go/signature/cose"
	"github.com/notaryproject/notation-core-go/signature/jws"
	"github.com/notaryproject/notation-core-go/testhelper"
	"github.com/notaryproject/notation-go"
	"github.com/notaryproject/notation-go/dir"
	"github.com/notaryproject/notation-go/registry"
	"github.com/notaryproject/notation-go/signer"
	"github.com/notaryproject/notation-go/verifier"
	"github.com/notaryproject/notation-go/verifier/trustpolicy"
	"github.com/notaryproject/notation-go/verifier/truststore"
	"oras.land/oras-go/v2/registry/remote"
	"oras.land/oras-go/v2/registry/remote/auth"
)

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "notation-signer: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	if len(os.Args) < 2 {
		fail("usage: notation-signer cert|sign|verify ...")
	}
	switch os.Args[1] {
	case "cert":
		cert(os.Args[2:])
	case "sign":
		sign(os.Args[2:])
	case "verify":
		verify(os.Args[2:])
	default:
		fail("unknown command %q", os.Args[1])
	}
}

func cert(args []string) {
	flags := flag.NewFlagSet("cert", flag.ExitOnError)
	out := flags.String("out", "", "directory for key.pem and cert.pem")
	cn := flags.String("cn", "", "common name")
	validFor := flags.Duration("valid-for", 0, "certificate lifetime (default: generate-test's one day)")
	_ = flags.Parse(args)
	if *out == "" || *cn == "" {
		fail("cert needs -out and -cn")
	}
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		fail("%v", err)
	}
	var der []byte
	if *validFor > 0 {
		template := &x509.Certificate{
			SerialNumber: big.NewInt(time.Now().UnixNano()),
			Subject:      pkix.Name{Organization: []string{"Notary"}, Country: []string{"US"}, Province: []string{"WA"}, Locality: []string{"Seattle"}, CommonName: *cn},
			NotBefore:    time.Now().Add(-time.Minute),
			NotAfter:     time.Now().Add(*validFor),
			KeyUsage:     x509.KeyUsageDigitalSignature,
			ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageCodeSigning},
		}
		der, err = x509.CreateCertificate(rand.Reader, template, template, &key.PublicKey, key)
		if err != nil {
			fail("%v", err)
		}
	} else {
		der = testhelper.GetRSASelfSignedCertTupleWithPK(key, *cn).Cert.Raw
	}
	keyDer, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		fail("%v", err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail("%v", err)
	}
	write := func(name, kind string, bytes []byte) {
		if err := os.WriteFile(filepath.Join(*out, name), pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: bytes}), 0o600); err != nil {
			fail("%v", err)
		}
	}
	write("key.pem", "PRIVATE KEY", keyDer)
	write("cert.pem", "CERTIFICATE", der)
}

func readPEM(file string) *pem.Block {
	bytes, err := os.ReadFile(file)
	if err != nil {
		fail("%v", err)
	}
	block, _ := pem.Decode(bytes)
	if block == nil {
		fail("%s: no PEM block", file)
	}
	return block
}

func repository(ref, user, password string) (*remote.Repository, string) {
	at := strings.LastIndex(ref, "@")
	if at < 0 {
		fail("-ref must be HOST/REPO@sha256:HEX")
	}
	repo, err := remote.NewRepository(ref[:at])
	if err != nil {
		fail("%v", err)
	}
	host := strings.SplitN(ref, "/", 2)[0]
	repo.PlainHTTP = strings.HasPrefix(host, "127.0.0.1") || strings.HasPrefix(host, "localhost")
	if user != "" {
		repo.Client = &auth.Client{Credential: auth.StaticCredential(host, auth.Credential{Username: user, Password: password}), Cache: auth.NewCache()}
	}
	return repo, ref
}

func sign(args []string) {
	flags := flag.NewFlagSet("sign", flag.ExitOnError)
	keyFile := flags.String("key", "", "PKCS#8 key")
	certFile := flags.String("cert", "", "certificate (PEM)")
	ref := flags.String("ref", "", "HOST/REPO@sha256:HEX")
	envelope := flags.String("envelope", "jws", "jws or cose")
	expiry := flags.Duration("expiry", 0, "signature expiry")
	user := flags.String("user", "", "registry user")
	password := flags.String("password", "", "registry password")
	_ = flags.Parse(args)
	key, err := x509.ParsePKCS8PrivateKey(readPEM(*keyFile).Bytes)
	if err != nil {
		fail("%v", err)
	}
	certificate, err := x509.ParseCertificate(readPEM(*certFile).Bytes)
	if err != nil {
		fail("%v", err)
	}
	genericSigner, err := signer.NewGenericSigner(key, []*x509.Certificate{certificate})
	if err != nil {
		fail("%v", err)
	}
	mediaType := jws.MediaTypeEnvelope
	if *envelope == "cose" {
		mediaType = cose.MediaTypeEnvelope
	}
	repo, reference := repository(*ref, *user, *password)
	desc, err := notation.Sign(context.Background(), genericSigner, registry.NewRepository(repo), notation.SignOptions{
		SignerSignOptions: notation.SignerSignOptions{SignatureMediaType: mediaType, ExpiryDuration: *expiry},
		ArtifactReference: reference,
	})
	if err != nil {
		fail("sign %s: %v", reference, err)
	}
	fmt.Println(desc.Digest)
}

func verify(args []string) {
	flags := flag.NewFlagSet("verify", flag.ExitOnError)
	policyFile := flags.String("policy", "", "trust policy (trustpolicy.json)")
	store := flags.String("store", "", "trust store directory (named truststore, holding x509/)")
	user := flags.String("user", "", "registry user")
	password := flags.String("password", "", "registry password")
	var refs multi
	flags.Var(&refs, "ref", "HOST/REPO@sha256:HEX (repeatable)")
	_ = flags.Parse(args)
	bytes, err := os.ReadFile(*policyFile)
	if err != nil {
		fail("%v", err)
	}
	var document trustpolicy.Document
	if err := json.Unmarshal(bytes, &document); err != nil {
		fail("%v", err)
	}
	if filepath.Base(*store) != dir.TrustStoreDir {
		fail("-store must be a directory named %q", dir.TrustStoreDir)
	}
	v, err := verifier.New(&document, truststore.NewX509TrustStore(dir.NewSysFS(filepath.Dir(*store))), nil)
	if err != nil {
		fail("%v", err)
	}
	failed := 0
	for _, ref := range refs {
		repo, reference := repository(ref, *user, *password)
		_, outcomes, err := notation.Verify(context.Background(), v, registry.NewRepository(repo), notation.VerifyOptions{ArtifactReference: reference, MaxSignatureAttempts: 50})
		if err != nil {
			failed++
			fmt.Printf("FAIL %s: %v\n", reference, err)
			continue
		}
		logged := []string{}
		for _, outcome := range outcomes {
			for _, result := range outcome.VerificationResults {
				if result.Error != nil {
					logged = append(logged, fmt.Sprintf("%s (%s): %v", result.Type, result.Action, result.Error))
				}
			}
		}
		fmt.Printf("OK %s %s\n", reference, strings.Join(logged, "; "))
	}
	if failed > 0 {
		os.Exit(1)
	}
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }
