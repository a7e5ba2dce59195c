// The `messaging` binding: MessagePort (a HandleWrap around the uv_async_t that wakes
// its loop when a message arrives), MessageChannel's pair of ports, BroadcastChannel's
// ports, and receiveMessageOnPort. lib/internal/worker/io.js builds the public classes.
//
// JS contract: lib/ calls setupPorts({ initPort(port), emitMessage(value, ports, type),
// onClose(), dataCloneError(message), missingTransferable(message) }) once. C++ then
// calls initPort(port) for every port it makes, emitMessage with the port as `this` for
// each message ('message', or 'messageerror' when it cannot be deserialized), and
// onClose with the port as `this` once the port is closed. The two factories build the
// errors postMessage throws.
#include "bindings/messaging.h"

#include <algorithm>
#include <map>
#include <utility>

#include "bindings/binding_list.h"
#include "bindings/serdes.h"
#include "runtime/environment.h"
#include "runtime/handle_wrap.h"
#include "util/v8_util.h"

namespace rt {

using v8::Array;
using v8::ArrayBuffer;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Just;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Nothing;
using v8::Object;
using v8::String;
using v8::Value;

// ---------------------------------------------------------------------------
// MessagePortData

MessagePortData::MessagePortData(std::shared_ptr<PortGroup> group) : group_(std::move(group)) {
  std::lock_guard<std::mutex> lock(group_->mutex);
  group_->members.push_back(this);
}

MessagePortData::~MessagePortData() {
  Disentangle();
}

void MessagePortData::CreatePair(std::shared_ptr<MessagePortData>* a,
                                 std::shared_ptr<MessagePortData>* b) {
  auto group = std::make_shared<PortGroup>();
  *a = std::make_shared<MessagePortData>(group);
  *b = std::make_shared<MessagePortData>(group);
}

namespace {

// BroadcastChannel names are process-wide: every thread's channels of one name share a
// group. This registry is the one piece of messaging state that is not per-Environment,
// by the nature of BroadcastChannel.
struct BroadcastRegistry {
  std::mutex mutex;
  std::map<std::string, std::weak_ptr<PortGroup>> groups;
};

BroadcastRegistry& Registry() {
  static BroadcastRegistry* registry = new BroadcastRegistry();
  return *registry;
}

}  // namespace

std::shared_ptr<MessagePortData> MessagePortData::JoinBroadcast(const std::string& name) {
  BroadcastRegistry& registry = Registry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  std::shared_ptr<PortGroup> group = registry.groups[name].lock();
  if (!group) {
    group = std::make_shared<PortGroup>();
    group->is_pair = false;
    group->broadcast_name = name;
    registry.groups[name] = group;
  }
  return std::make_shared<MessagePortData>(group);
}

void MessagePortData::PushLocked(std::unique_ptr<Message> message) {
  queue_.push_back(std::move(message));
  if (wake_up_ != nullptr) uv_async_send(wake_up_);
}

bool MessagePortData::Send(std::unique_ptr<Message> message) {
  std::lock_guard<std::mutex> lock(group_->mutex);
  if (!in_group_) return false;
  bool sent = false;
  for (MessagePortData* member : group_->members) {
    if (member == this) continue;
    if (group_->is_pair) {
      member->PushLocked(std::move(message));
      return true;
    }
    auto copy = std::make_unique<Message>();
    copy->data = message->data;
    copy->shared_array_buffers = message->shared_array_buffers;
    member->PushLocked(std::move(copy));
    sent = true;
  }
  return sent;
}

std::unique_ptr<Message> MessagePortData::Receive() {
  std::lock_guard<std::mutex> lock(group_->mutex);
  if (queue_.empty()) return nullptr;
  std::unique_ptr<Message> message = std::move(queue_.front());
  queue_.pop_front();
  return message;
}

size_t MessagePortData::QueueLength() {
  std::lock_guard<std::mutex> lock(group_->mutex);
  return queue_.size();
}

bool MessagePortData::HasCloseMessage() {
  std::lock_guard<std::mutex> lock(group_->mutex);
  for (const auto& message : queue_) {
    if (message->is_close) return true;
  }
  return false;
}

bool MessagePortData::IsPeer(MessagePortData* other) {
  std::lock_guard<std::mutex> lock(group_->mutex);
  if (!in_group_ || other == this) return false;
  for (MessagePortData* member : group_->members) {
    if (member == other) return true;
  }
  return false;
}

bool MessagePortData::entangled() {
  std::lock_guard<std::mutex> lock(group_->mutex);
  return in_group_;
}

void MessagePortData::Disentangle() {
  std::shared_ptr<PortGroup> keep = group_;
  bool last = false;
  {
    std::lock_guard<std::mutex> lock(group_->mutex);
    if (!in_group_) return;
    in_group_ = false;
    auto& members = group_->members;
    members.erase(std::remove(members.begin(), members.end(), this), members.end());
    if (group_->is_pair) {
      for (MessagePortData* member : members) {
        auto close = std::make_unique<Message>();
        close->is_close = true;
        member->PushLocked(std::move(close));
      }
    }
    last = members.empty() && !group_->is_pair;
  }
  if (last) {
    BroadcastRegistry& registry = Registry();
    std::lock_guard<std::mutex> lock(registry.mutex);
    auto it = registry.groups.find(keep->broadcast_name);
    if (it != registry.groups.end() && it->second.lock() == keep) {
      std::lock_guard<std::mutex> group_lock(keep->mutex);
      if (keep->members.empty()) registry.groups.erase(it);
    }
  }
}

void MessagePortData::Attach(uv_async_t* wake_up) {
  std::lock_guard<std::mutex> lock(group_->mutex);
  wake_up_ = wake_up;
  if (!queue_.empty()) uv_async_send(wake_up_);
}

void MessagePortData::Detach() {
  std::lock_guard<std::mutex> lock(group_->mutex);
  wake_up_ = nullptr;
}

// ---------------------------------------------------------------------------
// MessagePort

namespace {

struct MessagingBindingData : public BindingData {
  static constexpr int kKey = 0;
  explicit MessagingBindingData(Environment*) {}
  v8::Global<FunctionTemplate> port_template;
  v8::Global<Function> init_port;
  v8::Global<Function> emit_message;
  v8::Global<Function> on_close;
  v8::Global<Function> data_clone_error;
  v8::Global<Function> missing_transferable;
  // Only C++ makes ports: `new MessagePort()` from JS throws.
  bool constructing = false;
};

MessagingBindingData* Data(Environment* env) {
  return env->GetBindingData<MessagingBindingData>();
}

void ThrowFrom(Environment* env, const v8::Global<Function>& factory, const char* message) {
  Isolate* isolate = env->isolate();
  Local<Value> text = OneByteString(isolate, message);
  Local<Value> error;
  if (factory.IsEmpty()) {
    error = v8::Exception::Error(text.As<String>());
  } else if (!factory.Get(isolate)
                  ->Call(env->context(), v8::Undefined(isolate), 1, &text)
                  .ToLocal(&error)) {
    return;
  }
  isolate->ThrowException(error);
}

class MessagePort : public HandleWrap {
 public:
  MessagePort(Environment* env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)) {
    CHECK_EQ(uv_async_init(env->loop(), &async_, OnWakeUp), 0);
    async_.data = static_cast<HandleWrap*>(this);
    // A new port does not keep the loop alive until lib/ refs it (a 'message' listener).
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  }

  ~MessagePort() override { DropData(); }

  static void New(const FunctionCallbackInfo<Value>& args) {
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    if (!args.IsConstructCall() || !Data(env)->constructing) {
      Isolate* isolate = args.GetIsolate();
      Local<Object> error =
          v8::Exception::TypeError(OneByteString(isolate, "Constructor cannot be called"))
              .As<Object>();
      USE(error->Set(env->context(), Symbol(isolate, "code"),
                     OneByteString(isolate, "ERR_CONSTRUCT_CALL_INVALID")));
      isolate->ThrowException(error);
      return;
    }
    new MessagePort(env, args.This());
  }

  static MaybeLocal<Object> Create(Environment* env, std::shared_ptr<MessagePortData> data) {
    Isolate* isolate = env->isolate();
    v8::EscapableHandleScope scope(isolate);
    Local<Context> context = env->context();
    MessagingBindingData* binding = Data(env);
    if (binding->port_template.IsEmpty()) {
      Local<Object> unused;
      if (!env->GetBinding("messaging").ToLocal(&unused)) return {};
    }
    Local<Function> constructor;
    if (!binding->port_template.Get(isolate)->GetFunction(context).ToLocal(&constructor)) {
      return {};
    }
    binding->constructing = true;
    MaybeLocal<Object> maybe = constructor->NewInstance(context);
    binding->constructing = false;
    Local<Object> object;
    if (!maybe.ToLocal(&object)) return {};
    MessagePort* port = Unwrap<MessagePort>(object);
    port->data_ = std::move(data);
    port->data_->Attach(&port->async_);
    if (!binding->init_port.IsEmpty()) {
      Local<Value> arg = object;
      if (binding->init_port.Get(isolate)
              ->Call(context, v8::Undefined(isolate), 1, &arg)
              .IsEmpty()) {
        return {};
      }
    }
    return scope.Escape(object);
  }

  // postMessage(value, transferList: (ArrayBuffer | MessagePort)[]), validated by lib/.
  // Returns true when the message was dropped because it carried the receiving port.
  static void PostMessage(const FunctionCallbackInfo<Value>& args) {
    MessagePort* self = Unwrap<MessagePort>(args.This());
    Environment* env = self->env();
    Local<Context> context = env->context();
    std::vector<Local<ArrayBuffer>> buffers;
    std::vector<Local<Object>> ports;
    if (args[1]->IsArray()) {
      Local<Array> list = args[1].As<Array>();
      for (uint32_t i = 0; i < list->Length(); i++) {
        Local<Value> item;
        if (!list->Get(context, i).ToLocal(&item)) return;
        if (item->IsArrayBuffer()) {
          buffers.push_back(item.As<ArrayBuffer>());
          continue;
        }
        MessagePort* port =
            BaseObject::FromJSObject(item) != nullptr ? FromObject(env, item) : nullptr;
        if (port == nullptr) continue;
        if (port == self) {
          return ThrowFrom(env, Data(env)->data_clone_error, "Transfer list contains source port");
        }
        if (port->data_ == nullptr) {
          return ThrowFrom(env, Data(env)->data_clone_error,
                           "MessagePort in transfer list is already detached");
        }
        ports.push_back(item.As<Object>());
      }
    }
    auto message = std::make_unique<Message>();
    if (!Serialize(env, message.get(), args[0], buffers, ports)) return;
    for (Local<Object> object : ports) {
      MessagePort* port = FromObject(env, object);
      port->data_->Detach();
      message->ports.push_back(std::move(port->data_));
      port->data_.reset();
      port->Close();
    }
    if (self->data_ == nullptr) return;
    // The receiving port itself in the transfer list: the channel cannot survive that.
    for (const auto& port : message->ports) {
      if (self->data_->IsPeer(port.get())) {
        message.reset();
        args.GetReturnValue().Set(true);
        return;
      }
    }
    self->data_->Send(std::move(message));
  }

  static bool Serialize(Environment* env, Message* message, Local<Value> value,
                        const std::vector<Local<ArrayBuffer>>& buffers,
                        const std::vector<Local<Object>>& ports) {
    Isolate* isolate = env->isolate();
    Local<Context> context = env->context();
    SerializeDelegate delegate(env, message, ports);
    v8::ValueSerializer serializer(isolate, &delegate);
    delegate.serializer = &serializer;
    for (size_t i = 0; i < buffers.size(); i++) {
      if (!buffers[i]->IsDetachable()) {
        ThrowFrom(env, Data(env)->data_clone_error,
                  "An ArrayBuffer is detached and could not be cloned.");
        return false;
      }
      serializer.TransferArrayBuffer(static_cast<uint32_t>(i), buffers[i]);
    }
    serializer.WriteHeader();
    if (serializer.WriteValue(context, value).IsNothing()) return false;
    std::pair<uint8_t*, size_t> data = serializer.Release();
    message->data = std::make_shared<std::vector<uint8_t>>(data.first, data.first + data.second);
    free(data.first);
    for (Local<ArrayBuffer> buffer : buffers) {
      message->array_buffers.push_back(buffer->GetBackingStore());
      buffer->Detach();
    }
    return true;
  }

  // The value of `message` on `env`, its transferred ports in *ports_out.
  static MaybeLocal<Value> Deserialize(Environment* env, Message* message,
                                       Local<Array>* ports_out) {
    // No handle scope of its own: the value and the ports list belong to the caller's.
    Isolate* isolate = env->isolate();
    Local<Context> context = env->context();
    std::vector<Local<Object>> ports;
    for (auto& data : message->ports) {
      Local<Object> port;
      if (!Create(env, std::move(data)).ToLocal(&port)) return {};
      ports.push_back(port);
    }
    message->ports.clear();
    DeserializeDelegate delegate(env, message, ports);
    v8::ValueDeserializer deserializer(isolate, message->data->data(), message->data->size(),
                                       &delegate);
    delegate.deserializer = &deserializer;
    for (size_t i = 0; i < message->array_buffers.size(); i++) {
      deserializer.TransferArrayBuffer(static_cast<uint32_t>(i),
                                       ArrayBuffer::New(isolate, message->array_buffers[i]));
    }
    message->array_buffers.clear();
    if (deserializer.ReadHeader(context).IsNothing()) return {};
    Local<Value> value;
    if (!deserializer.ReadValue(context).ToLocal(&value)) return {};
    Local<Array> list = Array::New(isolate, static_cast<int>(ports.size()));
    for (size_t i = 0; i < ports.size(); i++) {
      if (list->Set(context, static_cast<uint32_t>(i), ports[i]).IsNothing()) return {};
    }
    *ports_out = list;
    return value;
  }

  static void Start(const FunctionCallbackInfo<Value>& args) {
    MessagePort* self = Unwrap<MessagePort>(args.This());
    self->receiving_ = true;
    if (self->state() == State::kOpen) uv_async_send(&self->async_);
  }

  static void Stop(const FunctionCallbackInfo<Value>& args) {
    Unwrap<MessagePort>(args.This())->receiving_ = false;
  }

  // close(): leaves the channel (the peer closes too) and closes the handle;
  // onClose runs once closed.
  static void ClosePort(const FunctionCallbackInfo<Value>& args) {
    MessagePort* self = Unwrap<MessagePort>(args.This());
    self->CloseWithEvent();
  }

  static void Entangled(const FunctionCallbackInfo<Value>& args) {
    MessagePort* self = Unwrap<MessagePort>(args.This());
    args.GetReturnValue().Set(self->data_ != nullptr && self->data_->entangled());
  }

  // receiveMessageOnPort(port) -> { message } | undefined
  static void ReceiveMessageOnPort(const FunctionCallbackInfo<Value>& args) {
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    MessagePort* self = FromObject(env, args[0]);
    if (self == nullptr || self->data_ == nullptr) return;
    std::unique_ptr<Message> message = self->data_->Receive();
    if (message == nullptr) return;
    if (message->is_close) {
      self->CloseWithEvent();
      return;
    }
    Local<Array> ports;
    Local<Value> value;
    if (!Deserialize(env, message.get(), &ports).ToLocal(&value)) return;
    Local<Object> result = Object::New(env->isolate());
    if (result->Set(env->context(), Symbol(env->isolate(), "message"), value).IsNothing()) return;
    args.GetReturnValue().Set(result);
  }

  static MessagePort* FromObject(Environment* env, Local<Value> value) {
    if (!value->IsObject()) return nullptr;
    Local<FunctionTemplate> tmpl = Data(env)->port_template.Get(env->isolate());
    if (tmpl.IsEmpty() || !tmpl->HasInstance(value)) return nullptr;
    return Unwrap<MessagePort>(value);
  }

  static void Initialize(Environment* env, Local<Object> target) {
    Isolate* isolate = env->isolate();
    Local<Context> context = env->context();
    Local<FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, New, "MessagePort");
    HandleWrap::AddMethods(env, tmpl);
    BaseObject::SetProtoMethod(env, tmpl, "postMessage", PostMessage);
    BaseObject::SetProtoMethod(env, tmpl, "start", Start);
    BaseObject::SetProtoMethod(env, tmpl, "stop", Stop);
    BaseObject::SetProtoMethod(env, tmpl, "closePort", ClosePort);
    BaseObject::SetProtoMethod(env, tmpl, "entangled", Entangled);
    Data(env)->port_template.Reset(isolate, tmpl);
    SetValue(context, target, "MessagePort", tmpl->GetFunction(context).ToLocalChecked());
  }

 private:
  class SerializeDelegate : public v8::ValueSerializer::Delegate {
   public:
    SerializeDelegate(Environment* env, Message* message, const std::vector<Local<Object>>& ports)
        : env_(env), message_(message), ports_(ports) {}

    void ThrowDataCloneError(Local<String> text) override {
      Isolate* isolate = env_->isolate();
      const v8::Global<Function>& factory = Data(env_)->data_clone_error;
      Local<Value> arg = text;
      Local<Value> error;
      if (factory.IsEmpty()) {
        error = v8::Exception::Error(text);
      } else if (!factory.Get(isolate)
                      ->Call(env_->context(), v8::Undefined(isolate), 1, &arg)
                      .ToLocal(&error)) {
        return;
      }
      isolate->ThrowException(error);
    }

    Maybe<bool> WriteHostObject(Isolate* isolate, Local<Object> object) override {
      for (size_t i = 0; i < ports_.size(); i++) {
        if (ports_[i] == object) {
          serializer->WriteUint32(static_cast<uint32_t>(i));
          return Just(true);
        }
      }
      if (IsCloneable(object)) return WriteCloneable(env_, serializer, object);
      if (FromObject(env_, object) != nullptr) {
        ThrowFrom(env_, Data(env_)->missing_transferable,
                  "Object that needs transfer was found in message but not listed in "
                  "transferList");
        return Nothing<bool>();
      }
      ThrowDataCloneError(OneByteString(isolate, "Cannot clone object of unsupported type."));
      return Nothing<bool>();
    }

    Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate,
                                           Local<v8::SharedArrayBuffer> buffer) override {
      for (size_t i = 0; i < shared_.size(); i++) {
        if (shared_[i] == buffer) return Just(static_cast<uint32_t>(i));
      }
      shared_.push_back(buffer);
      message_->shared_array_buffers.push_back(buffer->GetBackingStore());
      return Just(static_cast<uint32_t>(shared_.size() - 1));
    }

    v8::ValueSerializer* serializer = nullptr;

   private:
    Environment* env_;
    Message* message_;
    const std::vector<Local<Object>>& ports_;
    std::vector<Local<v8::SharedArrayBuffer>> shared_;
  };

  class DeserializeDelegate : public v8::ValueDeserializer::Delegate {
   public:
    DeserializeDelegate(Environment* env, Message* message, const std::vector<Local<Object>>& ports)
        : env_(env), message_(message), ports_(ports) {}

    MaybeLocal<Object> ReadHostObject(Isolate* isolate) override {
      uint32_t index;
      bool ok = deserializer->ReadUint32(&index);
      if (ok && index == kCloneableHostObject) return ReadCloneable(env_, deserializer);
      if (!ok || index >= ports_.size()) {
        isolate->ThrowException(
            v8::Exception::Error(OneByteString(isolate, "Unable to deserialize cloned data.")));
        return {};
      }
      return ports_[index];
    }

    MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(Isolate* isolate,
                                                                 uint32_t id) override {
      if (id >= message_->shared_array_buffers.size()) return {};
      return v8::SharedArrayBuffer::New(isolate, message_->shared_array_buffers[id]);
    }

    v8::ValueDeserializer* deserializer = nullptr;

   private:
    Environment* env_;
    Message* message_;
    const std::vector<Local<Object>>& ports_;
  };

  void DropData() {
    if (data_ == nullptr) return;
    data_->Detach();
    data_->Disentangle();
    data_.reset();
  }

  void CloseWithEvent() {
    DropData();
    if (state() != State::kOpen) return;
    Environment* env = this->env();
    const v8::Global<Function>& on_close = Data(env)->on_close;
    if (on_close.IsEmpty()) {
      Close();
    } else {
      v8::HandleScope scope(env->isolate());
      Close(on_close.Get(env->isolate()));
    }
  }

  static void OnWakeUp(uv_async_t* handle) {
    auto* self = static_cast<MessagePort*>(static_cast<HandleWrap*>(handle->data));
    self->Drain();
  }

  // Delivers what is queued (at most what was there when it started, so a port that
  // posts to itself cannot starve the loop).
  void Drain() {
    Environment* env = this->env();
    if (env->is_stopping() || data_ == nullptr) return;
    Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    Local<Context> context = env->context();
    Context::Scope context_scope(context);
    size_t budget = std::max<size_t>(data_->QueueLength(), 1);
    while (budget-- > 0 && data_ != nullptr && state() == State::kOpen && !env->is_stopping()) {
      // Not started: messages (and the peer's close) wait for start().
      if (!receiving_) return;
      std::unique_ptr<Message> message = data_->Receive();
      if (message == nullptr) return;
      if (message->is_close) {
        CloseWithEvent();
        return;
      }
      v8::HandleScope inner(isolate);
      Local<Function> emit = Data(env)->emit_message.Get(isolate);
      if (emit.IsEmpty()) continue;
      v8::TryCatch try_catch(isolate);
      Local<Array> ports;
      Local<Value> value;
      const char* type = "message";
      if (!Deserialize(env, message.get(), &ports).ToLocal(&value)) {
        if (try_catch.HasTerminated()) return;
        value = try_catch.Exception();
        ports = Array::New(isolate);
        type = "messageerror";
      }
      try_catch.Reset();
      Local<Value> argv[] = {value, ports, OneByteString(isolate, type)};
      if (env->MakeCallback(object(), emit, 3, argv).IsEmpty() && try_catch.HasTerminated()) {
        return;
      }
    }
    if (data_ != nullptr && data_->QueueLength() > 0) uv_async_send(&async_);
  }

  uv_async_t async_;
  std::shared_ptr<MessagePortData> data_;
  bool receiving_ = false;
};

void CreateChannel(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  std::shared_ptr<MessagePortData> a;
  std::shared_ptr<MessagePortData> b;
  MessagePortData::CreatePair(&a, &b);
  Local<Object> port1;
  Local<Object> port2;
  if (!MessagePort::Create(env, a).ToLocal(&port1) ||
      !MessagePort::Create(env, b).ToLocal(&port2)) {
    return;
  }
  Local<Value> ports[] = {port1, port2};
  args.GetReturnValue().Set(Array::New(env->isolate(), ports, 2));
}

// broadcastPort(name) -> a MessagePort in the group of BroadcastChannel `name`.
void BroadcastPort(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  Utf8Value name(env->isolate(), args[0]);
  Local<Object> port;
  if (MessagePort::Create(env, MessagePortData::JoinBroadcast(name.ToString())).ToLocal(&port)) {
    args.GetReturnValue().Set(port);
  }
}

void SetupPorts(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  CHECK(args[0]->IsObject());
  Local<Object> hooks = args[0].As<Object>();
  MessagingBindingData* data = Data(env);
  auto get = [&](const char* name, v8::Global<Function>* out) {
    Local<Value> fn;
    if (hooks->Get(context, Symbol(isolate, name)).ToLocal(&fn) && fn->IsFunction()) {
      out->Reset(isolate, fn.As<Function>());
    }
  };
  get("initPort", &data->init_port);
  get("emitMessage", &data->emit_message);
  get("onClose", &data->on_close);
  get("dataCloneError", &data->data_clone_error);
  get("missingTransferable", &data->missing_transferable);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  MessagePort::Initialize(env, target);
  SetMethod(context, target, "createChannel", CreateChannel);
  SetMethod(context, target, "broadcastPort", BroadcastPort);
  SetMethod(context, target, "receiveMessageOnPort", MessagePort::ReceiveMessageOnPort);
  SetMethod(context, target, "setupPorts", SetupPorts);
}

}  // namespace

MaybeLocal<Object> CreateMessagePort(Environment* env, std::shared_ptr<MessagePortData> data) {
  return MessagePort::Create(env, std::move(data));
}

}  // namespace rt

RT_BINDING(messaging, rt::Initialize)
