// The `tls_wrap` binding: TLSWrap, the TLS engine between a stream handle (a TCP or
// Pipe StreamWrap) and JS, and SecureContext (secure_context.cc).
//
// TLSWrap takes over the reads of the handle it wraps (as its StreamListener) and
// writes to it directly; toward JS it is itself a stream handle with StreamWrap's
// contract (readStart/readStop, this.onread(nread, arrayBuffer), writeBuffer/writev/
// write*String(req, data) with streamState, shutdown(req), close(cb)), so net.Socket's
// code runs unchanged over cleartext. OpenSSL talks to two memory BIOs: encrypted bytes
// read from the socket go into enc_in_, and what OpenSSL writes to enc_out_ is sent.
//
// JS API (lib/_tls_wrap.js; methods of the handle it wraps are proxied there):
//   wrap(handle, secureContext, isServer) -> TLSWrap
//   start()                       begin the handshake (client: send ClientHello)
//   setVerifyMode(requestCert, rejectUnauthorized)   verifyError() -> Error | null
//   getPeerX509Chain() -> [X509 handle, ...] (leaf first) | null; getX509() -> handle | null
//     (the handles of crypto's parseX509, sharing the connection's certificates)
//   getCipher() -> {name, standardName, version}; getProtocol(); getServername() -> str|false
//   setServername(name); setALPNProtocols(wireBuffer); getALPNNegotiatedProtocol()
//   getSession() -> DER | undefined; setSession(der); isSessionReused()
//   getFinished()/getPeerFinished() -> ArrayBuffer | undefined
//   exportKeyingMaterial(length, label, context?) -> ArrayBuffer
//   enableKeylogCallback(); enableCertCb(); certCbDone(secureContext?)
// Callbacks on the TLSWrap object: onhandshakedone(), onerror(err), oncertcb(servername),
// onnewsession(sessionDER), onkeylog(line), onread(nread, arrayBuffer).
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <string>
#include <vector>

#include "bindings/binding_list.h"
#include "bindings/crypto/crypto_util.h"
#include "bindings/secure_context.h"
#include "runtime/environment.h"
#include "runtime/stream_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace tls {
namespace {

using v8::ArrayBuffer;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

class TLSData : public BindingData {
 public:
  static const char kKey;
  static constexpr size_t kBufferSize = 64 * 1024;
  explicit TLSData(Environment*) {}
  char cleartext[kBufferSize];  // decrypted bytes, copied out before JS runs
  int32_t* stream_state = nullptr;
  v8::Global<Function> constructor;
};
const char TLSData::kKey = 0;

Local<ArrayBuffer> CopyToArrayBuffer(Isolate* isolate, const void* data, size_t size) {
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, size);
  if (size > 0 && data != nullptr) memcpy(ab->Data(), data, size);
  return ab;
}

// Node's names for X509_V_ERR_* (the `code` of verifyError()).
const char* X509ErrorCode(long err) {
  switch (err) {
#define V(name)           \
  case X509_V_ERR_##name: \
    return #name;
    V(UNABLE_TO_GET_ISSUER_CERT)
    V(UNABLE_TO_GET_CRL)
    V(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    V(UNABLE_TO_DECRYPT_CRL_SIGNATURE)
    V(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    V(CERT_SIGNATURE_FAILURE)
    V(CRL_SIGNATURE_FAILURE)
    V(CERT_NOT_YET_VALID)
    V(CERT_HAS_EXPIRED)
    V(CRL_NOT_YET_VALID)
    V(CRL_HAS_EXPIRED)
    V(ERROR_IN_CERT_NOT_BEFORE_FIELD)
    V(ERROR_IN_CERT_NOT_AFTER_FIELD)
    V(ERROR_IN_CRL_LAST_UPDATE_FIELD)
    V(ERROR_IN_CRL_NEXT_UPDATE_FIELD)
    V(OUT_OF_MEM)
    V(DEPTH_ZERO_SELF_SIGNED_CERT)
    V(SELF_SIGNED_CERT_IN_CHAIN)
    V(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    V(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    V(CERT_CHAIN_TOO_LONG)
    V(CERT_REVOKED)
    V(INVALID_CA)
    V(PATH_LENGTH_EXCEEDED)
    V(INVALID_PURPOSE)
    V(CERT_UNTRUSTED)
    V(CERT_REJECTED)
    V(HOSTNAME_MISMATCH)
#undef V
  }
  return "UNSPECIFIED";
}

class TLSWrap;

// Encrypted bytes on their way to the socket; `js_req` is the JS write request
// completed when they are out (empty for handshake and alert bytes).
struct EncryptedWrite {
  uv_write_t req;
  std::string data;
  v8::Global<Object> tls;  // keeps the TLSWrap alive while libuv holds this
  v8::Global<Object> js_req;
  Environment* env;
};

class TLSWrap : public BaseObject, public StreamListener {
 public:
  enum Kind { kClient, kServer };

  TLSWrap(Environment* env, Local<Object> object, StreamWrap* stream, SSL_CTX* ctx, Kind kind)
      : BaseObject(env, object), stream_(stream), kind_(kind) {
    if (stream != nullptr) stream_object_.Reset(env->isolate(), stream->object());
    ssl_ = SSL_new(ctx);
    CHECK(ssl_ != nullptr);
    enc_in_ = BIO_new(BIO_s_mem());
    enc_out_ = BIO_new(BIO_s_mem());
    // An empty input BIO means "wait for more", never end of file.
    BIO_set_mem_eof_return(enc_in_, -1);
    BIO_set_mem_eof_return(enc_out_, -1);
    SSL_set_bio(ssl_, enc_in_, enc_out_);
    SSL_set_app_data(ssl_, this);
    if (kind == kServer) {
      SSL_set_accept_state(ssl_);
    } else {
      SSL_set_connect_state(ssl_);
    }
    // Without a stream the parent is a JS stream (see Wrap): JS feeds the encrypted bytes
    // in with receive()/receiveEnd() and takes them out through onjsencrypted().
    if (stream_ != nullptr) stream_->set_listener(this);
    // Alive while the socket is: libuv (or the JS stream) calls into it.
    MakeStrong();
  }

  ~TLSWrap() override { SSL_free(ssl_); }

  static TLSWrap* Self(const FunctionCallbackInfo<Value>& args) {
    return Unwrap<TLSWrap>(args.This());
  }
  static TLSWrap* FromSSL(const SSL* ssl) { return static_cast<TLSWrap*>(SSL_get_app_data(ssl)); }

  // ---- JS: creation and the stream-handle contract --------------------------------

  static void New(const FunctionCallbackInfo<Value>& args) { CHECK(args.IsConstructCall()); }

  // wrap(handle, secureContext, isServer): handle is a stream handle (TCP, Pipe), or
  // any other object for a JS stream parent, whose bytes JS moves (onjsencrypted,
  // onjsshutdown, onjsclose on the returned object; receive/receiveEnd into it).
  static void Wrap(const FunctionCallbackInfo<Value>& args) {
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    StreamWrap* stream = Unwrap<StreamWrap>(args[0]);
    SecureContext* sc = Unwrap<SecureContext>(args[1]);
    CHECK(args[0]->IsObject() && sc != nullptr && sc->ctx() != nullptr);
    Local<Function> ctor = env->GetBindingData<TLSData>()->constructor.Get(env->isolate());
    Local<Object> obj;
    if (!ctor->NewInstance(env->context()).ToLocal(&obj)) return;
    new TLSWrap(env, obj, stream, sc->ctx(), args[2]->IsTrue() ? kServer : kClient);
    args.GetReturnValue().Set(obj);
  }

  static void ReadStart(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    if (self->closed_) return args.GetReturnValue().Set(UV_EBADF);
    self->reading_ = true;
    int err = self->StartReading();
    // Cleartext OpenSSL already holds is not waiting for the socket.
    if (err == 0 && self->established_ && !self->in_cycle_) self->Cycle();
    args.GetReturnValue().Set(err);
  }

  static void ReadStop(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    if (self->closed_) return args.GetReturnValue().Set(UV_EBADF);
    self->reading_ = false;
    // The handshake goes on whatever JS wants.
    int err = self->established_ && self->stream_ != nullptr ? self->stream_->StopReading() : 0;
    args.GetReturnValue().Set(err);
  }

  static void WriteBuffer(const FunctionCallbackInfo<Value>& args) {
    CHECK(args[0]->IsObject() && args[1]->IsArrayBufferView());
    Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
    const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
    args.GetReturnValue().Set(Self(args)->DoWrite(args[0].As<Object>(), data, view->ByteLength()));
  }

  // writev(req, chunks, allBuffers): as StreamWrap's; the chunks are joined so that
  // they leave in as few TLS records as possible.
  static void Writev(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    CHECK(args[0]->IsObject() && args[1]->IsArray());
    Local<v8::Array> chunks = args[1].As<v8::Array>();
    uint32_t step = args[2]->IsTrue() ? 1 : 2;
    std::string joined;
    for (uint32_t i = 0; i < chunks->Length(); i += step) {
      Local<Value> chunk;
      if (!chunks->Get(context, i).ToLocal(&chunk)) return;
      if (chunk->IsArrayBufferView()) {
        Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
        joined.append(static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset(),
                      view->ByteLength());
      } else {
        Local<Value> encoding;
        if (!chunks->Get(context, i + 1).ToLocal(&encoding)) return;
        Utf8Value name(isolate, encoding);
        bool latin1 = strcmp(*name, "latin1") == 0 || strcmp(*name, "binary") == 0;
        AppendString(isolate, chunk, latin1 ? kLatin1 : kUtf8, &joined);
      }
    }
    args.GetReturnValue().Set(
        Self(args)->DoWrite(args[0].As<Object>(), joined.data(), joined.size()));
  }

  enum StringEncoding { kUtf8, kLatin1, kUcs2 };

  static void AppendString(Isolate* isolate, Local<Value> value, StringEncoding encoding,
                           std::string* out) {
    Local<v8::String> str;
    if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&str)) return;
    size_t offset = out->size();
    if (encoding == kUtf8) {
      out->resize(offset + str->Utf8Length(isolate));
      str->WriteUtf8(isolate, out->data() + offset, static_cast<int>(out->size() - offset), nullptr,
                     v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    } else if (encoding == kLatin1) {
      out->resize(offset + str->Length());
      str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out->data() + offset), 0, -1,
                        v8::String::NO_NULL_TERMINATION);
    } else {
      std::vector<uint16_t> units(str->Length());
      str->Write(isolate, units.data(), 0, -1, v8::String::NO_NULL_TERMINATION);
      out->resize(offset + units.size() * 2);
      for (size_t i = 0; i < units.size(); i++) {
        (*out)[offset + 2 * i] = static_cast<char>(units[i] & 0xff);
        (*out)[offset + 2 * i + 1] = static_cast<char>(units[i] >> 8);
      }
    }
  }

  template <StringEncoding kEncoding>
  static void WriteString(const FunctionCallbackInfo<Value>& args) {
    CHECK(args[0]->IsObject());
    std::string bytes;
    AppendString(args.GetIsolate(), args[1], kEncoding, &bytes);
    args.GetReturnValue().Set(
        Self(args)->DoWrite(args[0].As<Object>(), bytes.data(), bytes.size()));
  }

  // shutdown(req): close_notify, then the socket's own shutdown (FIN) completes req.
  static void Shutdown(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    CHECK(Unwrap<ShutdownWrap>(args[0]) != nullptr);
    if (self->closed_) return args.GetReturnValue().Set(UV_EBADF);
    if (!self->established_ && !self->socket_eof_) {
      // After the handshake and the cleartext written before it.
      self->pending_shutdown_.Reset(args.GetIsolate(), args[0].As<Object>());
      return args.GetReturnValue().Set(0);
    }
    args.GetReturnValue().Set(self->DoShutdown(args[0].As<Object>()));
  }

  // close(cb): closes the wrapped handle; cb runs once it is closed. close(undefined,
  // true) only lets go of it, for a JS owner that closes it itself.
  static void Close(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    if (self->closed_) return;
    self->closed_ = true;
    if (self->stream_ != nullptr) {
      self->stream_->set_listener(nullptr);
      if (!args[1]->IsTrue()) self->stream_->Close(args[0]);
    } else if (!args[1]->IsTrue()) {
      Local<Value> argv[1] = {args[0]};
      self->CallJS("onjsclose", 1, argv);
    }
    self->stream_ = nullptr;
    self->pending_shutdown_.Reset();
    self->MakeWeak();
  }

  int StartReading() {
    if (stream_ == nullptr) return 0;  // a JS parent pushes its bytes
    int err = stream_->StartReading();
    return err == UV_EALREADY ? 0 : err;
  }

  // receive(buffer): encrypted bytes read before the handle was wrapped.
  static void Receive(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    ByteView bytes(args[0]);
    if (self->closed_ || bytes.size() == 0) return;
    BIO_write(self->enc_in_, bytes.data(), static_cast<int>(bytes.size()));
    if (!self->in_cycle_) self->Cycle();
  }

  // receiveEnd(): a JS parent's end of stream.
  static void ReceiveEnd(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    if (self->closed_) return;
    self->OnStreamRead(UV_EOF, nullptr);
  }

  // ---- JS: TLS ----------------------------------------------------------------

  static void Start(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    if (self->closed_ || self->started_) return;
    self->started_ = true;
    int err = self->StartReading();
    if (err != 0) return args.GetReturnValue().Set(err);
    if (self->kind_ == kClient) self->Cycle();
  }

  static void SetVerifyMode(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    int mode = SSL_VERIFY_NONE;
    if (self->kind_ == kServer && args[0]->IsTrue()) {
      mode = SSL_VERIFY_PEER;
      if (args[1]->IsTrue()) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    }
    // Failures are read after the handshake (verifyError), so accept here.
    SSL_set_verify(self->ssl_, mode, [](int, X509_STORE_CTX*) { return 1; });
  }

  static void VerifyError(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    Isolate* isolate = args.GetIsolate();
    long err = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;  // Node's answer for no certificate
    if (SSL_get0_peer_certificate(self->ssl_) != nullptr) {
      err = SSL_get_verify_result(self->ssl_);
    } else if (SSL_session_reused(self->ssl_) && SSL_version(self->ssl_) == TLS1_3_VERSION) {
      err = X509_V_OK;  // a TLSv1.3 resumption carries no certificate
    }
    if (err == X509_V_OK) return args.GetReturnValue().SetNull();
    Local<Value> error =
        v8::Exception::Error(OneByteString(isolate, X509_verify_cert_error_string(err)));
    SetValue(isolate->GetCurrentContext(), error.As<Object>(), "code",
             OneByteString(isolate, X509ErrorCode(err)));
    args.GetReturnValue().Set(error);
  }

  static Local<Value> Handle(Environment* env, X509* cert) {
    Local<Object> handle;
    if (!crypto::NewX509Handle(env, cert).ToLocal(&handle)) return Local<Value>();
    return handle;
  }

  // The peer's certificate and the chain above it: the verified chain (which ends at
  // a trusted root) when it starts with the peer's certificate, else what was sent.
  static void GetPeerX509Chain(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    Isolate* isolate = args.GetIsolate();
    X509* leaf = SSL_get0_peer_certificate(self->ssl_);
    if (leaf == nullptr) return args.GetReturnValue().SetNull();
    STACK_OF(X509)* chain = SSL_get0_verified_chain(self->ssl_);
    if (chain == nullptr || sk_X509_num(chain) == 0 ||
        X509_cmp(sk_X509_value(chain, 0), leaf) != 0) {
      chain = SSL_get_peer_cert_chain(self->ssl_);
    }
    std::vector<Local<Value>> handles;
    handles.push_back(Handle(self->env(), leaf));
    for (int i = 0; chain != nullptr && i < sk_X509_num(chain); i++) {
      X509* cert = sk_X509_value(chain, i);
      if (X509_cmp(cert, leaf) == 0) continue;
      handles.push_back(Handle(self->env(), cert));
    }
    for (const Local<Value>& handle : handles) {
      if (handle.IsEmpty()) return;
    }
    args.GetReturnValue().Set(v8::Array::New(isolate, handles.data(), handles.size()));
  }

  static void GetX509(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    X509* cert = SSL_get_certificate(self->ssl_);
    if (cert == nullptr) return args.GetReturnValue().SetNull();
    Local<Value> handle = Handle(self->env(), cert);
    if (!handle.IsEmpty()) args.GetReturnValue().Set(handle);
  }

  static void GetCipher(const FunctionCallbackInfo<Value>& args) {
    const SSL_CIPHER* cipher = SSL_get_current_cipher(Self(args)->ssl_);
    if (cipher == nullptr) return;
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    Local<Object> info = Object::New(isolate);
    SetValue(context, info, "name", OneByteString(isolate, SSL_CIPHER_get_name(cipher)));
    SetValue(context, info, "standardName",
             OneByteString(isolate, SSL_CIPHER_standard_name(cipher)));
    SetValue(context, info, "version", OneByteString(isolate, SSL_CIPHER_get_version(cipher)));
    args.GetReturnValue().Set(info);
  }

  static void GetProtocol(const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(OneByteString(args.GetIsolate(), SSL_get_version(Self(args)->ssl_)));
  }

  static void GetServername(const FunctionCallbackInfo<Value>& args) {
    const char* name = SSL_get_servername(Self(args)->ssl_, TLSEXT_NAMETYPE_host_name);
    if (name == nullptr) return args.GetReturnValue().Set(false);
    args.GetReturnValue().Set(OneByteString(args.GetIsolate(), name));
  }

  static void SetServername(const FunctionCallbackInfo<Value>& args) {
    std::string name = Utf8Value(args.GetIsolate(), args[0]).ToString();
    SSL_set_tlsext_host_name(Self(args)->ssl_, name.c_str());
  }

  static void SetALPNProtocols(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    ByteView wire(args[0]);
    if (self->kind_ == kClient) {
      SSL_set_alpn_protos(self->ssl_, wire.data(), static_cast<unsigned>(wire.size()));
    } else {
      self->alpn_protos_.assign(reinterpret_cast<const char*>(wire.data()), wire.size());
    }
  }

  static void GetALPNNegotiatedProtocol(const FunctionCallbackInfo<Value>& args) {
    const unsigned char* proto = nullptr;
    unsigned len = 0;
    SSL_get0_alpn_selected(Self(args)->ssl_, &proto, &len);
    if (proto == nullptr || len == 0) return args.GetReturnValue().Set(false);
    args.GetReturnValue().Set(
        OneByteString(args.GetIsolate(), reinterpret_cast<const char*>(proto), len));
  }

  static Local<Value> SessionDER(Isolate* isolate, SSL_SESSION* session) {
    int len = i2d_SSL_SESSION(session, nullptr);
    if (len <= 0) return v8::Undefined(isolate);
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, static_cast<size_t>(len));
    unsigned char* p = static_cast<unsigned char*>(ab->Data());
    i2d_SSL_SESSION(session, &p);
    return ab;
  }

  static void GetSession(const FunctionCallbackInfo<Value>& args) {
    SSL_SESSION* session = SSL_get_session(Self(args)->ssl_);
    if (session == nullptr) return;
    args.GetReturnValue().Set(SessionDER(args.GetIsolate(), session));
  }

  static void SetSession(const FunctionCallbackInfo<Value>& args) {
    ByteView der(args[0]);
    const unsigned char* p = der.data();
    SSL_SESSION* session = d2i_SSL_SESSION(nullptr, &p, static_cast<long>(der.size()));
    if (session == nullptr) return crypto::ThrowCryptoError(args.GetIsolate(), "Bad session");
    int ok = SSL_set_session(Self(args)->ssl_, session);
    SSL_SESSION_free(session);
    if (ok != 1) crypto::ThrowCryptoError(args.GetIsolate(), "SSL_set_session error");
  }

  static void IsSessionReused(const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(SSL_session_reused(Self(args)->ssl_) == 1);
  }

  template <bool kPeer>
  static void GetFinished(const FunctionCallbackInfo<Value>& args) {
    SSL* ssl = Self(args)->ssl_;
    char dummy;
    size_t len = kPeer ? SSL_get_peer_finished(ssl, &dummy, 1) : SSL_get_finished(ssl, &dummy, 1);
    if (len == 0) return;
    Local<ArrayBuffer> ab = ArrayBuffer::New(args.GetIsolate(), len);
    if (kPeer) {
      SSL_get_peer_finished(ssl, ab->Data(), len);
    } else {
      SSL_get_finished(ssl, ab->Data(), len);
    }
    args.GetReturnValue().Set(ab);
  }

  static void ExportKeyingMaterial(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    uint32_t length = args[0]->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
    std::string label = Utf8Value(isolate, args[1]).ToString();
    ByteView context(args[2]);
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, length);
    if (SSL_export_keying_material(Self(args)->ssl_, static_cast<unsigned char*>(ab->Data()),
                                   length, label.data(), label.size(), context.data(),
                                   context.size(), args[2]->IsUndefined() ? 0 : 1) != 1) {
      return crypto::ThrowCryptoError(isolate, "Key export failed");
    }
    args.GetReturnValue().Set(ab);
  }

  static void EnableKeylogCallback(const FunctionCallbackInfo<Value>& args) {
    Self(args)->keylog_ = true;
  }

  // Servers: pause the handshake after the ClientHello so that JS can pick the context
  // (SNICallback) before the certificate is chosen.
  static void EnableCertCb(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    SSL_set_cert_cb(self->ssl_, CertCallback, self);
    self->cert_cb_state_ = kCertCbWaiting;
  }

  static int CertCallback(SSL* ssl, void*) {
    TLSWrap* self = FromSSL(ssl);
    if (self->cert_cb_state_ == kCertCbDone) return 1;
    self->cert_cb_state_ = kCertCbRunning;
    return -1;  // SSL_ERROR_WANT_X509_LOOKUP: Cycle() asks JS
  }

  // certCbDone(secureContext?): resume the handshake, with that context if given.
  static void CertCbDone(const FunctionCallbackInfo<Value>& args) {
    TLSWrap* self = Self(args);
    if (self->cert_cb_state_ != kCertCbRunning) return;
    SecureContext* sc = Unwrap<SecureContext>(args[0]);
    if (sc != nullptr && sc->ctx() != nullptr) {
      SSL_set_SSL_CTX(self->ssl_, sc->ctx());
      // The new context's trust store and client-CA list apply from here on.
      SSL_set_client_CA_list(self->ssl_, SSL_dup_CA_list(SSL_CTX_get_client_CA_list(sc->ctx())));
    }
    self->cert_cb_state_ = kCertCbDone;
    if (!self->closed_ && !self->in_cycle_) self->Cycle();
  }

  // ---- The engine -------------------------------------------------------------

  void OnStreamRead(ssize_t nread, const uv_buf_t* buf) override {
    Isolate* isolate = env()->isolate();
    HandleScope scope(isolate);
    Context::Scope context_scope(env()->context());
    if (nread == UV_EOF) {
      // The end comes after the cleartext still buffered (when JS reads it).
      socket_eof_ = true;
      if (!in_cycle_) Cycle();
      return;
    }
    if (nread < 0) {
      EmitRead(nread, nullptr);
      return;
    }
    BIO_write(enc_in_, buf->base, static_cast<int>(nread));
    Cycle();
  }

  // Runs the handshake as far as it goes, then hands out cleartext while JS reads,
  // sending whatever OpenSSL produced on the way.
  void Cycle() {
    Isolate* isolate = env()->isolate();
    HandleScope scope(isolate);
    in_cycle_ = true;
    while (!established_) {
      ERR_clear_error();
      int ret = SSL_do_handshake(ssl_);
      if (ret == 1) {
        established_ = true;
        // JS sees the handshake before OpenSSL's last flight leaves: a client that
        // rejects the server's certificate closes without sending its Finished.
        EmitQueued();
        if (closed_ || !CallJS("onhandshakedone", 0, nullptr) || closed_) return Leave();
        Flush(Local<Object>());
        ClearIn();
        if (closed_) return Leave();
        if (!pending_shutdown_.IsEmpty()) {
          Local<Object> req = pending_shutdown_.Get(isolate);
          pending_shutdown_.Reset();
          DoShutdown(req);
        }
        break;
      }
      int err = SSL_get_error(ssl_, ret);
      Flush(Local<Object>());
      EmitQueued();
      if (closed_) return Leave();
      if (err == SSL_ERROR_WANT_X509_LOOKUP && cert_cb_state_ == kCertCbRunning &&
          !cert_cb_called_) {
        cert_cb_called_ = true;
        const char* name = SSL_get_servername(ssl_, TLSEXT_NAMETYPE_host_name);
        Local<Value> arg = name != nullptr ? Local<Value>(OneByteString(isolate, name))
                                           : Local<Value>(v8::String::Empty(isolate));
        CallJS("oncertcb", 1, &arg);
        // JS may have chosen the context at once: go on with the handshake.
        if (!closed_ && cert_cb_state_ == kCertCbDone) continue;
      } else if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE &&
                 err != SSL_ERROR_WANT_X509_LOOKUP) {
        EmitError("handshake failed");
      } else if (socket_eof_ && err == SSL_ERROR_WANT_READ) {
        EmitRead(UV_EOF, nullptr);  // the peer left mid-handshake
      }
      return Leave();
    }
    ClearOut();
    Leave();
  }

  void Leave() { in_cycle_ = false; }

  // Decrypts while JS wants data, in chunks of up to 64 KiB.
  void ClearOut() {
    TLSData* data = env()->GetBindingData<TLSData>();
    while (reading_ && !closed_ && !eof_) {
      size_t filled = 0;
      int err = SSL_ERROR_NONE;
      ERR_clear_error();
      while (filled < TLSData::kBufferSize) {
        int n = SSL_read(ssl_, data->cleartext + filled,
                         static_cast<int>(TLSData::kBufferSize - filled));
        if (n <= 0) {
          err = SSL_get_error(ssl_, n);
          break;
        }
        filled += static_cast<size_t>(n);
      }
      // Session tickets, key updates and alerts may have been produced.
      Flush(Local<Object>());
      EmitQueued();
      if (closed_) return;
      if (filled > 0) {
        EmitRead(static_cast<ssize_t>(filled), data->cleartext);
        if (err == SSL_ERROR_NONE) continue;  // buffer was full: more may be there
      }
      if (closed_) return;
      if (err == SSL_ERROR_ZERO_RETURN || (err == SSL_ERROR_WANT_READ && socket_eof_)) {
        EmitRead(UV_EOF, nullptr);  // close_notify, or the socket's end after its data
      } else if (err != SSL_ERROR_NONE && err != SSL_ERROR_WANT_READ &&
                 err != SSL_ERROR_WANT_WRITE) {
        EmitError("decryption failed");
      }
      break;
    }
    // Backpressure: stop reading the socket while JS does not read.
    if (!reading_ && !closed_ && established_ && stream_ != nullptr) stream_->StopReading();
  }

  // Cleartext JS wrote before the handshake finished.
  void ClearIn() {
    if (pending_cleartext_.empty()) return;
    std::string data = std::move(pending_cleartext_);
    pending_cleartext_.clear();
    if (!Encrypt(data.data(), data.size())) return EmitError("encryption failed");
    Flush(Local<Object>());
  }

  bool Encrypt(const char* data, size_t size) {
    ERR_clear_error();
    while (size > 0) {
      int chunk = size > (1u << 30) ? (1 << 30) : static_cast<int>(size);
      int n = SSL_write(ssl_, data, chunk);
      if (n <= 0) return false;
      data += n;
      size -= static_cast<size_t>(n);
    }
    return true;
  }

  int DoWrite(Local<Object> req, const char* data, size_t size) {
    int32_t* fields = env()->GetBindingData<TLSData>()->stream_state;
    fields[kBytesWritten] = static_cast<int32_t>(size);
    fields[kLastWriteWasAsync] = 0;
    if (closed_) return UV_EBADF;
    if (!established_ || !pending_cleartext_.empty()) {
      // Held (as the kernel would hold it) until the handshake is done.
      pending_cleartext_.append(data, size);
      return 0;
    }
    if (size == 0) return 0;
    if (!Encrypt(data, size)) {
      EmitError("encryption failed");
      return 0;
    }
    int err = Flush(req);
    return err;
  }

  int DoShutdown(Local<Object> req) {
    if (closed_) return UV_EBADF;
    ERR_clear_error();
    if (established_) SSL_shutdown(ssl_);
    ERR_clear_error();
    Flush(Local<Object>());
    if (stream_ == nullptr) {
      // The JS parent ends its stream and completes req.
      Local<Value> argv[1] = {req};
      CallJS("onjsshutdown", 1, argv);
      return 0;
    }
    ShutdownWrap* wrap = Unwrap<ShutdownWrap>(req);
    return wrap->Dispatch(uv_shutdown, wrap->req(), stream_->stream(), ShutdownWrap::OnShutdown);
  }

  // Sends what OpenSSL wrote: at once if the socket takes it, else by uv_write, which
  // completes `req` (if given) when done. 0 or a negative libuv code.
  int Flush(Local<Object> req) {
    char* data = nullptr;
    long size = BIO_get_mem_data(enc_out_, &data);
    if (size <= 0) return 0;
    if (closed_) {
      (void)BIO_reset(enc_out_);
      return UV_EBADF;
    }
    if (stream_ == nullptr) {
      // A JS parent writes them (synchronously, as far as this side knows).
      Isolate* isolate = env()->isolate();
      HandleScope scope(isolate);
      Local<Value> argv[1] = {CopyToArrayBuffer(isolate, data, static_cast<size_t>(size))};
      (void)BIO_reset(enc_out_);
      CallJS("onjsencrypted", 1, argv);
      return 0;
    }
    uv_buf_t buf = uv_buf_init(data, static_cast<unsigned>(size));
    int written = uv_try_write(stream_->stream(), &buf, 1);
    if (written == UV_EAGAIN || written == UV_ENOSYS) {
      written = 0;
    } else if (written < 0) {
      (void)BIO_reset(enc_out_);
      return written;
    }
    if (written == size) {
      (void)BIO_reset(enc_out_);
      return 0;
    }
    Isolate* isolate = env()->isolate();
    EncryptedWrite* w = new EncryptedWrite();
    w->data.assign(data + written, static_cast<size_t>(size - written));
    (void)BIO_reset(enc_out_);
    w->env = env();
    w->tls.Reset(isolate, object());
    if (!req.IsEmpty()) w->js_req.Reset(isolate, req);
    w->req.data = w;
    buf = uv_buf_init(w->data.data(), static_cast<unsigned>(w->data.size()));
    int err = uv_write(&w->req, stream_->stream(), &buf, 1, OnEncryptedWrite);
    if (err != 0) {
      delete w;
      return err;
    }
    if (!req.IsEmpty()) env()->GetBindingData<TLSData>()->stream_state[kLastWriteWasAsync] = 1;
    return 0;
  }

  static void OnEncryptedWrite(uv_write_t* req, int status) {
    EncryptedWrite* w = static_cast<EncryptedWrite*>(req->data);
    Environment* env = w->env;
    if (!w->js_req.IsEmpty() && !env->is_stopping()) {
      Isolate* isolate = env->isolate();
      HandleScope scope(isolate);
      Context::Scope context_scope(env->context());
      Local<Object> js_req = w->js_req.Get(isolate);
      Local<Value> fn;
      if (js_req->Get(env->context(), Symbol(isolate, "oncomplete")).ToLocal(&fn) &&
          fn->IsFunction()) {
        Local<Value> argv[3] = {v8::Integer::New(isolate, status), w->tls.Get(isolate), js_req};
        USE(env->MakeCallback(js_req, fn.As<Function>(), 3, argv));
      }
    }
    delete w;
  }

  // ---- Calls into JS ------------------------------------------------------------

  // this[name](...args); false when the call threw.
  bool CallJS(const char* name, int argc, Local<Value>* argv) {
    Environment* env = this->env();
    Local<Object> obj = object();
    Local<Value> fn;
    if (!obj->Get(env->context(), Symbol(env->isolate(), name)).ToLocal(&fn)) return false;
    if (!fn->IsFunction()) return true;
    return !env->MakeCallback(obj, fn.As<Function>(), argc, argv).IsEmpty();
  }

  void EmitRead(ssize_t nread, const char* data) {
    Isolate* isolate = env()->isolate();
    if (nread == UV_EOF) {
      if (eof_) return;
      eof_ = true;
    }
    Local<Value> argv[2] = {v8::Number::New(isolate, static_cast<double>(nread)),
                            v8::Undefined(isolate)};
    if (nread > 0) argv[1] = CopyToArrayBuffer(isolate, data, static_cast<size_t>(nread));
    CallJS("onread", 2, argv);
  }

  void EmitError(const char* fallback) {
    if (error_emitted_) return;
    error_emitted_ = true;
    crypto::CryptoErrorInfo info;
    info.Capture(fallback);
    Local<Value> error = crypto::MakeCryptoError(env()->isolate(), info);
    CallJS("onerror", 1, &error);
  }

  // Key log lines and client sessions OpenSSL handed over inside its own calls.
  void EmitQueued() {
    Isolate* isolate = env()->isolate();
    while (!queued_keylog_.empty() && !closed_) {
      std::string line = std::move(queued_keylog_.front());
      queued_keylog_.erase(queued_keylog_.begin());
      Local<Value> arg = CopyToArrayBuffer(isolate, line.data(), line.size());
      CallJS("onkeylog", 1, &arg);
    }
    while (!queued_sessions_.empty() && !closed_) {
      std::string der = std::move(queued_sessions_.front());
      queued_sessions_.erase(queued_sessions_.begin());
      Local<Value> arg = CopyToArrayBuffer(isolate, der.data(), der.size());
      CallJS("onnewsession", 1, &arg);
    }
  }

  // ---- Per-connection OpenSSL callbacks (installed on every SSL_CTX) -----------

  static int SelectALPN(SSL* ssl, const unsigned char** out, unsigned char* outlen,
                        const unsigned char* in, unsigned inlen, void*) {
    TLSWrap* self = FromSSL(ssl);
    if (self == nullptr || self->alpn_protos_.empty()) return SSL_TLSEXT_ERR_NOACK;
    const unsigned char* server = reinterpret_cast<const unsigned char*>(self->alpn_protos_.data());
    int status = SSL_select_next_proto(const_cast<unsigned char**>(out), outlen, server,
                                       static_cast<unsigned>(self->alpn_protos_.size()), in, inlen);
    // RFC 7301: no protocol in common is a fatal no_application_protocol alert.
    return status == OPENSSL_NPN_NEGOTIATED ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_ALERT_FATAL;
  }

  static void Keylog(const SSL* ssl, const char* line) {
    TLSWrap* self = FromSSL(ssl);
    if (self != nullptr && self->keylog_) self->queued_keylog_.push_back(std::string(line) + "\n");
  }

  static int NewSession(SSL* ssl, SSL_SESSION* session) {
    TLSWrap* self = FromSSL(ssl);
    if (self == nullptr || self->kind_ != kClient) return 0;
    int len = i2d_SSL_SESSION(session, nullptr);
    if (len <= 0) return 0;
    std::string der(static_cast<size_t>(len), '\0');
    unsigned char* p = reinterpret_cast<unsigned char*>(der.data());
    i2d_SSL_SESSION(session, &p);
    self->queued_sessions_.push_back(std::move(der));
    return 0;  // not kept
  }

 private:
  enum CertCbState { kCertCbOff, kCertCbWaiting, kCertCbRunning, kCertCbDone };

  SSL* ssl_ = nullptr;
  BIO* enc_in_ = nullptr;
  BIO* enc_out_ = nullptr;
  StreamWrap* stream_;
  v8::Global<Object> stream_object_;
  Kind kind_;
  bool started_ = false;
  bool established_ = false;
  bool reading_ = false;
  bool closed_ = false;
  bool eof_ = false;         // JS got UV_EOF
  bool socket_eof_ = false;  // the socket ended
  bool in_cycle_ = false;
  bool keylog_ = false;
  bool error_emitted_ = false;
  bool cert_cb_called_ = false;
  CertCbState cert_cb_state_ = kCertCbOff;
  std::string pending_cleartext_;
  v8::Global<Object> pending_shutdown_;
  std::string alpn_protos_;
  std::vector<std::string> queued_keylog_;
  std::vector<std::string> queued_sessions_;
};

// getSSLCiphers() -> the names of the ciphers a default context offers.
void GetSSLCiphers(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  SSL_CTX* ctx = SSL_CTX_new(TLS_method());
  SSL* ssl = ctx != nullptr ? SSL_new(ctx) : nullptr;
  if (ssl == nullptr) {
    SSL_CTX_free(ctx);
    return crypto::ThrowCryptoError(isolate, "SSL_new");
  }
  // Every TLSv1.3 suite OpenSSL has, not only the default ones.
  SSL_set_ciphersuites(ssl,
                       "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                       "TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_8_SHA256:TLS_AES_128_CCM_SHA256");
  STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
  Local<v8::Array> out = v8::Array::New(isolate);
  for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); i++) {
    const char* name = SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i));
    USE(out->Set(isolate->GetCurrentContext(), static_cast<uint32_t>(i),
                 OneByteString(isolate, name)));
  }
  SSL_free(ssl);
  SSL_CTX_free(ctx);
  args.GetReturnValue().Set(out);
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  TLSData* data = env->GetBindingData<TLSData>();
  Local<v8::Int32Array> state = StreamWrap::StreamState(env);
  data->stream_state =
      reinterpret_cast<int32_t*>(static_cast<char*>(state->Buffer()->Data()) + state->ByteOffset());

  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, TLSWrap::New, "TLSWrap");
  struct {
    const char* name;
    v8::FunctionCallback fn;
  } methods[] = {
      {"readStart", TLSWrap::ReadStart},
      {"readStop", TLSWrap::ReadStop},
      {"writeBuffer", TLSWrap::WriteBuffer},
      {"writev", TLSWrap::Writev},
      {"writeUtf8String", TLSWrap::WriteString<TLSWrap::kUtf8>},
      {"writeLatin1String", TLSWrap::WriteString<TLSWrap::kLatin1>},
      {"writeAsciiString", TLSWrap::WriteString<TLSWrap::kLatin1>},
      {"writeUcs2String", TLSWrap::WriteString<TLSWrap::kUcs2>},
      {"shutdown", TLSWrap::Shutdown},
      {"close", TLSWrap::Close},
      {"start", TLSWrap::Start},
      {"receive", TLSWrap::Receive},
      {"receiveEnd", TLSWrap::ReceiveEnd},
      {"setVerifyMode", TLSWrap::SetVerifyMode},
      {"verifyError", TLSWrap::VerifyError},
      {"getPeerX509Chain", TLSWrap::GetPeerX509Chain},
      {"getX509", TLSWrap::GetX509},
      {"getCipher", TLSWrap::GetCipher},
      {"getProtocol", TLSWrap::GetProtocol},
      {"getServername", TLSWrap::GetServername},
      {"setServername", TLSWrap::SetServername},
      {"setALPNProtocols", TLSWrap::SetALPNProtocols},
      {"getALPNNegotiatedProtocol", TLSWrap::GetALPNNegotiatedProtocol},
      {"getSession", TLSWrap::GetSession},
      {"setSession", TLSWrap::SetSession},
      {"isSessionReused", TLSWrap::IsSessionReused},
      {"getFinished", TLSWrap::GetFinished<false>},
      {"getPeerFinished", TLSWrap::GetFinished<true>},
      {"exportKeyingMaterial", TLSWrap::ExportKeyingMaterial},
      {"enableKeylogCallback", TLSWrap::EnableKeylogCallback},
      {"enableCertCb", TLSWrap::EnableCertCb},
      {"certCbDone", TLSWrap::CertCbDone},
  };
  for (const auto& m : methods) BaseObject::SetProtoMethod(env, tmpl, m.name, m.fn);
  Local<Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  data->constructor.Reset(isolate, ctor);
  SetValue(context, target, "TLSWrap", ctor);
  SetMethod(context, target, "wrap", TLSWrap::Wrap);
  SetMethod(context, target, "getSSLCiphers", GetSSLCiphers);
  SecureContext::Initialize(env, target);
  SetNumber(context, target, "TLS1_VERSION", TLS1_VERSION);
  SetNumber(context, target, "TLS1_1_VERSION", TLS1_1_VERSION);
  SetNumber(context, target, "TLS1_2_VERSION", TLS1_2_VERSION);
  SetNumber(context, target, "TLS1_3_VERSION", TLS1_3_VERSION);
}

}  // namespace

void InstallConnectionCallbacks(SSL_CTX* ctx) {
  SSL_CTX_set_alpn_select_cb(ctx, TLSWrap::SelectALPN, nullptr);
  SSL_CTX_set_keylog_callback(ctx, TLSWrap::Keylog);
  SSL_CTX_sess_set_new_cb(ctx, TLSWrap::NewSession);
}

}  // namespace tls
}  // namespace rt

RT_BINDING(tls_wrap, rt::tls::Initialize)
