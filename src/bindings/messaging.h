// Message passing between Environments, possibly on different threads: the queue
// behind a MessagePort (MessagePortData) and what travels through it (Message).
//
// Rules (the threading contract of ports):
// - A MessagePortData lives in a PortGroup: two entangled ports (a MessageChannel) or the
//   ports of one BroadcastChannel name. One mutex per group guards every member's queue,
//   the member list and each member's wake-up handle; nothing else is shared.
// - A Message is plain C++ (serialized bytes, backing stores, port data): it never holds
//   a V8 handle, so it can cross threads. It is serialized on the sender's isolate and
//   deserialized on the receiver's.
// - The owning MessagePort (a HandleWrap on its Environment's loop) registers its
//   uv_async_t with Attach() and removes it with Detach() before that handle closes;
//   senders on any thread only ever call uv_async_send on an attached handle, under the
//   group mutex.
#ifndef RT_BINDINGS_MESSAGING_H_
#define RT_BINDINGS_MESSAGING_H_

#include <uv.h>
#include <v8.h>

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace rt {

class Environment;
class MessagePortData;

struct Message {
  std::shared_ptr<std::vector<uint8_t>> data;
  std::vector<std::shared_ptr<v8::BackingStore>> array_buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_array_buffers;
  std::vector<std::shared_ptr<MessagePortData>> ports;
  // Set on the message that tells a port its peer has closed.
  bool is_close = false;
};

struct PortGroup {
  std::mutex mutex;
  std::vector<MessagePortData*> members;
  // Ports of a MessageChannel tell each other when they close; broadcast ports do not.
  bool is_pair = true;
  std::string broadcast_name;
};

class MessagePortData {
 public:
  explicit MessagePortData(std::shared_ptr<PortGroup> group);
  ~MessagePortData();
  MessagePortData(const MessagePortData&) = delete;
  MessagePortData& operator=(const MessagePortData&) = delete;

  // A new MessageChannel's two ends.
  static void CreatePair(std::shared_ptr<MessagePortData>* a, std::shared_ptr<MessagePortData>* b);
  // A member of the process-wide group of BroadcastChannel `name`.
  static std::shared_ptr<MessagePortData> JoinBroadcast(const std::string& name);

  // Queues `message` on every other member of the group (a copy each for broadcasts;
  // broadcasts carry no transfers). False if no one is there to receive it.
  bool Send(std::unique_ptr<Message> message);
  // The next queued message, or nullptr.
  std::unique_ptr<Message> Receive();
  size_t QueueLength();
  // Leaves the group; a MessageChannel peer gets a close message.
  void Disentangle();
  bool entangled();
  // True when `other` is in this port's group (the receiving end of a channel).
  bool IsPeer(MessagePortData* other);
  // True once the peer's close message is queued.
  bool HasCloseMessage();

  void Attach(uv_async_t* wake_up);
  void Detach();

 private:
  void PushLocked(std::unique_ptr<Message> message);

  std::shared_ptr<PortGroup> group_;
  bool in_group_ = true;
  std::deque<std::unique_ptr<Message>> queue_;
  uv_async_t* wake_up_ = nullptr;
};

// A JS MessagePort on `env` for `data` (used by the worker binding for its internal port).
v8::MaybeLocal<v8::Object> CreateMessagePort(Environment* env,
                                             std::shared_ptr<MessagePortData> data);

}  // namespace rt

#endif  // RT_BINDINGS_MESSAGING_H_
