// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace stardeck::crypto {

//! Owned bytes for secrets (private keys, seeds, tokens): wiped with OPENSSL_cleanse when
//! destroyed or reassigned. Copies are explicit (clone()) so secrets are never duplicated by
//! accident, and there is deliberately no conversion to QString or std::string.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);                  //!< size zero bytes
    SecureBytes(const std::uint8_t *data, std::size_t size); //!< copy of a buffer
    explicit SecureBytes(std::span<const std::uint8_t> bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    //! An explicit deep copy.
    SecureBytes clone() const;
    //! Wipes and releases the storage.
    void clear();

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::uint8_t &operator[](std::size_t i) { return m_data[i]; }
    std::uint8_t operator[](std::size_t i) const { return m_data[i]; }
    std::span<const std::uint8_t> span() const { return {m_data, m_size}; }

    //! Constant-time equality (length is not secret).
    bool equals(const SecureBytes &other) const;

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

//! Wipes any buffer (wrapper over OPENSSL_cleanse, which the compiler cannot elide).
void secureWipe(void *data, std::size_t size);

} // namespace stardeck::crypto
