# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/ameli-attestation.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: obter o atestado de direitos no ameli. Uma frase por linha.

ameli-attestation-title = Assurance Maladie: obter o seu atestado de direitos

ameli-attestation-1-title = Para que serve o atestado de direitos
ameli-attestation-1-text =
    O atestado de direitos é uma folha da Assurance Maladie (seguro de saúde).
    Prova que a Assurance Maladie reembolsa os seus tratamentos.
    Um hospital ou um patrão podem pedir-lho.
    É gratuito.
    Pode obtê-lo em ameli.fr, o site da Assurance Maladie.
ameli-attestation-1-image = Uma folha com um carimbo.

ameli-attestation-2-title = Entrar na sua conta ameli
ameli-attestation-2-text =
    Vá ao site ameli.fr ou abra a aplicação ameli.
    Toque no botão para entrar na sua conta ameli.
    Escreva o seu número de segurança social e a sua palavra-passe.
    Dos 15 algarismos da sua carte Vitale (cartão de saúde), escreva só os 13 primeiros.
    Também pode tocar no botão «S'identifier avec FranceConnect» (entrar com o FranceConnect).
ameli-attestation-2-image = Uma seta entra por uma porta.
ameli-attestation-2-tip = Guarde a sua palavra-passe só para si.

ameli-attestation-3-title = Escrever o código de segurança
ameli-attestation-3-text =
    Depois, o site pode pedir-lhe um código de segurança.
    É um código secreto de 6 algarismos.
    Siga o que o ecrã diz para o receber.
    Escreva esse código na caixa e depois confirme.
ameli-attestation-3-image = Uma chave.
ameli-attestation-3-caution =
    Guarde este código só para si.
    A Assurance Maladie nunca pede os seus códigos por telefone ou por e-mail.

ameli-attestation-4-title = Encontrar «Attestation de droits»
ameli-attestation-4-text =
    Na sua conta, procure «Attestation de droits» (atestado de direitos).
    Está em «Mes démarches» (os meus pedidos).
    Toque em «Attestation de droits».
ameli-attestation-4-image =
    Uma página da sua conta ameli.
    O botão «Attestation de droits» está marcado com um círculo.

ameli-attestation-5-title = Escolher a pessoa
ameli-attestation-5-text =
    Escolha a pessoa que precisa do atestado.
    Pode ser para si, ou para um filho inscrito na sua conta.
    Toque no nome dela.
ameli-attestation-5-image = Duas pessoas.

ameli-attestation-6-title = Descarregar o atestado
ameli-attestation-6-text =
    Toque no botão para pedir o atestado.
    Depois, descarregue-o.
    Descarregar quer dizer guardar uma cópia no seu telemóvel ou no seu computador.
ameli-attestation-6-image = Uma seta para baixo.

ameli-attestation-7-title = Imprimir ou mostrar o atestado
ameli-attestation-7-text =
    Pode imprimir o atestado numa folha.
    Também o pode mostrar no ecrã do seu telemóvel.
    Ou envie-o por e-mail, como anexo.
ameli-attestation-7-image = Uma impressora.
ameli-attestation-7-tip = Um terminal da Assurance Maladie também pode imprimir o seu atestado.

ameli-attestation-8-title = Muito bem!
ameli-attestation-8-text =
    Já tem o seu atestado de direitos.
    Lembre-se: entrar, o código, «Attestation de droits», descarregar.
    Pode pedir um novo em qualquer momento.
    Sem internet, há outras formas, por telefone ou pessoalmente.
ameli-attestation-8-image = Uma mão com o polegar para cima.
ameli-attestation-8-caution =
    O atestado é gratuito.
    Um site que pede dinheiro por ele é uma burla.

ameli-attestation-road-phone =
    Por telefone, ligue para a Assurance Maladie, no 3646.
    Peça o seu atestado.
    Recebe-o em casa, pelo correio.
    A chamada custa o preço de uma chamada normal.
ameli-attestation-road-in-person =
    Pessoalmente, vá ao atendimento da Assurance Maladie ou a um espaço France Services.
    No atendimento da Assurance Maladie, um terminal pode imprimir o seu atestado.
