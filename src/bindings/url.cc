// The `url` binding: the WHATWG URL parser (src/url/) for lib/internal/url.js.
// A parse returns the href and leaves the component offsets in the shared
// `urlComponents` Int32Array (-1 for an absent port, query or fragment), so
// that the getters are substrings in JS.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "url/url_parser.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

class UrlData : public BindingData {
 public:
  static const char kKey;

  explicit UrlData(Environment* env) {
    Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    Local<v8::ArrayBuffer> buffer =
        v8::ArrayBuffer::New(isolate, sizeof(uint32_t) * url::kComponentCount);
    // Int32, so that "absent" reads as -1 (a small integer) in JS.
    components_array.Reset(isolate, v8::Int32Array::New(buffer, 0, url::kComponentCount));
    components = static_cast<uint32_t*>(buffer->Data());
  }

  void Publish(const url::UrlComponents& c) {
    components[0] = c.protocol_end;
    components[1] = c.username_end;
    components[2] = c.host_start;
    components[3] = c.host_end;
    components[4] = c.port;
    components[5] = c.pathname_start;
    components[6] = c.search_start;
    components[7] = c.hash_start;
    components[8] = c.scheme_type;
  }

  v8::Global<v8::Int32Array> components_array;
  uint32_t* components;
  // UTS #46 in lib/internal/url/idna.js: (domain) -> ASCII domain or null,
  // and (domain) -> Unicode domain or null.
  v8::Global<Function> to_ascii;
  v8::Global<Function> to_unicode;
  // Scratch space reused by every call.
  url::UrlRecord record;
  // The last base parsed, and its input.
  url::UrlRecord base;
  bool base_valid = false;
  std::string last_base_input;
  std::string input;
  std::string base_input;
  std::string href;
};

const char UrlData::kKey = 0;

// The UTF-8 of a string, lone surrogates replaced by U+FFFD (a USVString).
std::string_view ToUtf8(Isolate* isolate, Local<Value> value, std::string* storage) {
  Local<String> str = value.As<String>();
  const int length = str->Length();
  if (str->IsOneByte()) {
    // Most URLs are ASCII: copy the bytes, and take the UTF-8 path only if one is not.
    storage->resize(length);
    str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(storage->data()), 0, length,
                      String::NO_NULL_TERMINATION);
    uint8_t high_bits = 0;
    for (char ch : *storage) high_bits |= static_cast<uint8_t>(ch);
    if (high_bits < 0x80) return *storage;
  }
  storage->resize(static_cast<size_t>(length) * 3);
  int written = str->WriteUtf8(isolate, storage->data(), static_cast<int>(storage->size()), nullptr,
                               String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  storage->resize(written);
  return *storage;
}

// Calls a JS domain function; remembers whether it threw so that the binding
// returns with the exception pending.
class JsDomainFunction : public url::Idna {
 public:
  JsDomainFunction(Isolate* isolate, const v8::Global<Function>& fn)
      : isolate_(isolate), fn_(fn.Get(isolate)) {}

  bool ToASCII(std::string_view domain, std::string* out) override { return Call(domain, out); }

  bool Call(std::string_view domain, std::string* out) {
    if (fn_.IsEmpty() || threw_) return false;
    Local<String> arg;
    if (!String::NewFromUtf8(isolate_, domain.data(), v8::NewStringType::kNormal,
                             static_cast<int>(domain.size()))
             .ToLocal(&arg)) {
      return false;
    }
    Local<Context> context = isolate_->GetCurrentContext();
    Local<Value> argv[] = {arg};
    Local<Value> result;
    if (!fn_->Call(context, v8::Undefined(isolate_), 1, argv).ToLocal(&result)) {
      threw_ = true;
      return false;
    }
    if (!result->IsString()) return false;
    std::string storage;
    *out = std::string(ToUtf8(isolate_, result, &storage));
    return true;
  }

  bool threw() const { return threw_; }

 private:
  Isolate* isolate_;
  Local<Function> fn_;
  bool threw_ = false;
};

// The href as a JS string: the input itself when they are equal (common for
// URLs that are already normalized), else a new one-byte string.
Local<String> HrefString(Isolate* isolate, const std::string& href, std::string_view input,
                         Local<Value> input_value) {
  if (href == input && !input_value.IsEmpty()) return input_value.As<String>();
  return OneByteString(isolate, href.data(), static_cast<int>(href.size()));
}

// Parses args[offset + 1] as the base when it is a string; false on failure.
bool ParseInputAndBase(const FunctionCallbackInfo<Value>& args, UrlData* data,
                       JsDomainFunction* idna, std::string_view* input) {
  Isolate* isolate = args.GetIsolate();
  url::ParseOptions options;
  options.idna = idna;
  const url::UrlRecord* base = nullptr;
  if (args.Length() > 1 && args[1]->IsString()) {
    // Callers tend to resolve against the same base again and again.
    std::string_view base_input = ToUtf8(isolate, args[1], &data->base_input);
    if (!data->base_valid || base_input != data->last_base_input) {
      data->last_base_input.clear();
      data->base_valid = url::Parse(base_input, nullptr, &data->base, options);
      if (!data->base_valid) return false;
      data->last_base_input.assign(base_input);
    }
    base = &data->base;
  }
  *input = ToUtf8(isolate, args[0], &data->input);
  return url::Parse(*input, base, &data->record, options);
}

// parse(input, base?) -> href, or undefined on failure (components filled).
void Parse(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  UrlData* data = static_cast<UrlData*>(args.Data().As<v8::External>()->Value());
  JsDomainFunction idna(isolate, data->to_ascii);
  std::string_view input;
  bool ok = ParseInputAndBase(args, data, &idna, &input);
  if (idna.threw() || !ok) return;
  url::UrlComponents components;
  url::Serialize(data->record, &data->href, &components);
  data->Publish(components);
  args.GetReturnValue().Set(HrefString(isolate, data->href, input, args[0]));
}

// canParse(input, base?) -> boolean.
void CanParse(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  UrlData* data = static_cast<UrlData*>(args.Data().As<v8::External>()->Value());
  JsDomainFunction idna(isolate, data->to_ascii);
  std::string_view input;
  bool ok = ParseInputAndBase(args, data, &idna, &input);
  if (idna.threw()) return;
  args.GetReturnValue().Set(ok);
}

// update(href, setter, value) -> the new href (components filled). `setter`
// numbers url::Setter; href is one this binding produced.
void Update(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  UrlData* data = static_cast<UrlData*>(args.Data().As<v8::External>()->Value());
  JsDomainFunction idna(isolate, data->to_ascii);
  url::ParseOptions options;
  options.idna = &idna;
  options.serialized_input = true;
  std::string_view href = ToUtf8(isolate, args[0], &data->input);
  CHECK(url::Parse(href, nullptr, &data->record, options));
  auto setter = static_cast<url::Setter>(args[1]->Uint32Value(context).FromMaybe(0));
  options.serialized_input = false;
  url::ApplySetter(&data->record, setter, ToUtf8(isolate, args[2], &data->base_input), options);
  if (idna.threw()) return;
  url::UrlComponents components;
  url::Serialize(data->record, &data->href, &components);
  data->Publish(components);
  args.GetReturnValue().Set(HrefString(isolate, data->href, href, args[0]));
}

// format(href, fragment, unicode, search, auth) -> string: url.format() of a WHATWG URL.
void Format(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  UrlData* data = static_cast<UrlData*>(args.Data().As<v8::External>()->Value());
  JsDomainFunction idna(isolate, data->to_ascii);
  url::ParseOptions options;
  options.idna = &idna;
  std::string_view href = ToUtf8(isolate, args[0], &data->input);
  bool ok = url::Parse(href, nullptr, &data->record, options);
  if (idna.threw()) return;
  if (!ok) return args.GetReturnValue().Set(args[0]);
  url::UrlRecord& record = data->record;
  if (!args[1]->IsTrue()) {
    record.fragment.clear();
    record.has_fragment = false;
  }
  if (!args[3]->IsTrue()) {
    record.query.clear();
    record.has_query = false;
  }
  if (!args[4]->IsTrue()) {
    record.username.clear();
    record.password.clear();
  }
  if (args[2]->IsTrue() && record.has_host() && record.host_type != url::HostType::kIPv6) {
    JsDomainFunction to_unicode(isolate, data->to_unicode);
    std::string unicode;
    if (to_unicode.Call(record.host, &unicode)) record.host = std::move(unicode);
    if (to_unicode.threw()) return;
  }
  url::UrlComponents components;
  url::Serialize(record, &data->href, &components);
  args.GetReturnValue().Set(Utf8String(isolate, data->href));
}

// domainToASCII(domain) -> the host parser's result for a special URL, '' on failure.
void DomainToASCII(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  UrlData* data = static_cast<UrlData*>(args.Data().As<v8::External>()->Value());
  JsDomainFunction idna(isolate, data->to_ascii);
  url::ParseOptions options;
  options.idna = &idna;
  std::string host;
  url::HostType type;
  bool ok = url::ParseHost(ToUtf8(isolate, args[0], &data->input), true, options, &host, &type);
  if (idna.threw()) return;
  if (!ok) host.clear();
  args.GetReturnValue().Set(OneByteString(isolate, host.data(), static_cast<int>(host.size())));
}

// setDomainFunctions(toASCII, toUnicode): lib/internal/url.js at load.
void SetDomainFunctions(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  UrlData* data = static_cast<UrlData*>(args.Data().As<v8::External>()->Value());
  CHECK(args[0]->IsFunction() && args[1]->IsFunction());
  data->to_ascii.Reset(isolate, args[0].As<Function>());
  data->to_unicode.Reset(isolate, args[1].As<Function>());
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  UrlData* data = env->GetBindingData<UrlData>();
  SetValue(context, target, "urlComponents", data->components_array.Get(isolate));
  // Every method finds the UrlData through its function's data.
  Local<v8::External> external = v8::External::New(isolate, data);
  auto set_method = [&](const char* name, v8::FunctionCallback callback) {
    Local<Function> fn = v8::FunctionTemplate::New(isolate, callback, external, {}, 0,
                                                   v8::ConstructorBehavior::kThrow)
                             ->GetFunction(context)
                             .ToLocalChecked();
    fn->SetName(OneByteString(isolate, name));
    SetValue(context, target, name, fn);
  };
  set_method("parse", Parse);
  set_method("canParse", CanParse);
  set_method("update", Update);
  set_method("format", Format);
  set_method("domainToASCII", DomainToASCII);
  set_method("setDomainFunctions", SetDomainFunctions);
}

}  // namespace
}  // namespace rt

RT_BINDING(url, Initialize)
